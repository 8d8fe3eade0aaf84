// The base layer: Natural Earth countries and the theatres' provinces, served from the jar
// (vendor/ne/, fetched at build time). No tiles, so the map works with no internet at all.

const COUNTRY_STYLE = { color: '#7b7d7d', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 };
const PROVINCE_STYLE = { color: '#b3b6b7', weight: 0.6, fill: false, dashArray: '2 3' };

async function loadGeoJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(url + ': ' + response.status);
  return response.json();
}

/** Creates the map in `elementId` with the boundaries drawn on a canvas (thousands of polygons). */
export function createMap(elementId) {
  const map = L.map(elementId, { zoomSnap: 0.5, worldCopyJump: true, preferCanvas: false })
    .setView([34.5, 40], 5);
  map.getContainer().style.background = '#cfe3ee'; // sea
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Boundaries: Natural Earth (public domain) · Leaflet');
  map.createPane('base');
  map.getPane('base').style.zIndex = 200; // under overlays (400) and markers (600)
  return map;
}

/** Adds countries then provinces; a missing file is reported, and the map goes on without it. */
export async function addBoundaries(map, report) {
  const renderer = L.canvas({ pane: 'base', padding: 0.5 });
  for (const [url, style] of [['vendor/ne/countries.geojson', COUNTRY_STYLE], ['vendor/ne/admin1.geojson', PROVINCE_STYLE]]) {
    try {
      const data = await loadGeoJson(url);
      L.geoJSON(data, { style, renderer, interactive: false, pane: 'base' }).addTo(map);
    } catch (e) {
      report('Base map not loaded (' + e.message + ')');
    }
  }
}
