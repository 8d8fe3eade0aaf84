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

/**
 * Natural Earth draws a few outlines across the antimeridian (Russia's Chukotka, Fiji): a ring
 * steps from 179.9 to -180 and back, and drawn as it is, each step is a line across the whole
 * world. Each such ring is made continuous instead (its far part drawn past 180, beside the
 * rest). A ring that goes once round the pole (Antarctica) does not come back and keeps its
 * edge along the pole, which is where it belongs.
 */
export function unwrapAntimeridian(geojson) {
  const unwrap = (ring) => {
    let shift = 0;
    const out = [ring[0]];
    for (let i = 1; i < ring.length; i++) {
      const step = ring[i][0] - ring[i - 1][0];
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
      out.push([ring[i][0] + shift, ring[i][1]]);
    }
    return shift === 0 ? out : ring; // a ring that never comes back round is left alone
  };
  for (const f of geojson.features || []) {
    const g = f.geometry;
    if (!g) continue;
    const polygons = g.type === 'MultiPolygon' ? g.coordinates : g.type === 'Polygon' ? [g.coordinates] : [];
    for (const polygon of polygons) {
      for (let r = 0; r < polygon.length; r++) polygon[r] = unwrap(polygon[r]);
    }
  }
  return geojson;
}

/** Adds countries then provinces; a missing file is reported, and the map goes on without it. */
export async function addBoundaries(map, report) {
  const renderer = L.canvas({ pane: 'base', padding: 0.5 });
  for (const [url, style] of [['vendor/ne/countries.geojson', COUNTRY_STYLE], ['vendor/ne/admin1.geojson', PROVINCE_STYLE]]) {
    try {
      const data = unwrapAntimeridian(await loadGeoJson(url));
      L.geoJSON(data, { style, renderer, interactive: false, pane: 'base' }).addTo(map);
    } catch (e) {
      report('Base map not loaded (' + e.message + ')');
    }
  }
}
