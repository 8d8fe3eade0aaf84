// Events on the map: one small symbol per event (shape and colour by type), shown when its date
// range reaches into the slider's window, faded with age. Markers are built once per query and
// only added or removed as the slider moves, so playing the war forward stays smooth.

import { el } from './dom.js';
import { typeLabel, typeStyle } from './symbols.js';
import { addDays } from './dates.js';

const SIZE = 14;

/** Where an event is drawn: its place, else the middle of its route; null when neither has coordinates. */
export function eventPosition(e) {
  const ok = (p) => p && typeof p.lat === 'number' && typeof p.lon === 'number';
  if (ok(e.place)) return [e.place.lat, e.place.lon];
  if (e.route && ok(e.route.from) && ok(e.route.to)) {
    return [(e.route.from.lat + e.route.to.lat) / 2, (e.route.from.lon + e.route.to.lon) / 2];
  }
  if (e.route && ok(e.route.from)) return [e.route.from.lat, e.route.from.lon];
  return null;
}

/** True when the event started on or before `day` and had not ended more than `windowDays` before it. */
export function inWindow(e, day, windowDays) {
  if (!e.date || !e.date.start || e.date.start > day) return false;
  if (windowDays === null) return true;
  return (e.date.end || e.date.start) >= addDays(day, -windowDays);
}

function describe(e) {
  const place = e.place ? e.place.name : e.route ? (e.route.name || 'route') : 'no place';
  const actors = (e.actor1 || []).join(', ') + ((e.actor2 || []).length ? ' → ' + e.actor2.join(', ') : '');
  return `${typeLabel(e.type)} · ${place} · ${e.date ? e.date.start : 'undated'}${actors ? ' · ' + actors : ''}`;
}

// Several events at one town would hide each other: spread them on a small sunflower spiral.
function spread(index) {
  if (index === 0) return [0, 0];
  const angle = index * 2.39996, r = 7 * Math.sqrt(index);
  return [Math.round(r * Math.cos(angle)), Math.round(r * Math.sin(angle))];
}

function marker(e, position, index, onSelect) {
  const { shape, colour } = typeStyle(e.type);
  const [dx, dy] = spread(index);
  const icon = L.divIcon({ className: 'event-marker shape-' + shape, html: '', iconSize: [SIZE, SIZE],
    iconAnchor: [SIZE / 2 - dx, SIZE / 2 - dy] });
  const m = L.marker(position, { icon, title: describe(e), riseOnHover: true, keyboard: true });
  m.bindTooltip(el('span', {}, describe(e)), { direction: 'top', offset: [dx, dy - SIZE / 2] });
  m.on('add', () => {
    const node = m.getElement();
    node.style.setProperty('--colour', colour);
    node.dataset.id = e.id;
    node.dataset.type = e.type;
    node.dataset.place = e.place ? e.place.name : '';
  });
  m.on('click', () => onSelect(e.id));
  return m;
}

export class EventLayer {
  constructor(map, onSelect) {
    this.map = map;
    this.onSelect = onSelect;
    this.layer = L.layerGroup().addTo(map);
    this.items = [];
  }

  /** Replaces the events (after a new query); returns how many had no position to draw. */
  setEvents(events) {
    this.layer.clearLayers();
    const seen = new Map();
    let unplaced = 0;
    this.items = [];
    for (const e of events) {
      const position = eventPosition(e);
      if (!position) { unplaced++; continue; }
      const key = position.map((x) => x.toFixed(3)).join(',');
      const index = seen.get(key) || 0;
      seen.set(key, index + 1);
      const layers = [marker(e, position, index, this.onSelect)];
      if (e.route && eventPosition({ place: e.route.from }) && eventPosition({ place: e.route.to })) {
        layers.push(L.polyline([[e.route.from.lat, e.route.from.lon], [e.route.to.lat, e.route.to.lon]],
          { className: 'cut-route event-route', color: typeStyle(e.type).colour, weight: 2, dashArray: '5 5' }));
      }
      this.items.push({ e, layers, shown: false });
    }
    return unplaced;
  }

  /**
   * Adds an event that arrived live, or replaces the one with its id (an update: another report
   * joined it); a marker is drawn on the next `show`. Returns false when it has no position.
   */
  upsert(e) {
    const old = this.items.findIndex((i) => i.e.id === e.id);
    if (old >= 0) {
      this.items[old].layers.forEach((l) => this.layer.removeLayer(l));
      this.items.splice(old, 1);
    }
    const position = eventPosition(e);
    if (!position) return false;
    const index = this.items.filter((i) => eventPosition(i.e).join() === position.join()).length;
    this.items.push({ e, layers: [marker(e, position, index, this.onSelect)], shown: false });
    return true;
  }

  /** Shows the events in the window ending on `day`; returns how many are shown. */
  show(day, windowDays) {
    let count = 0;
    for (const item of this.items) {
      const visible = inWindow(item.e, day, windowDays);
      if (visible !== item.shown) {
        item.layers.forEach((l) => (visible ? this.layer.addLayer(l) : this.layer.removeLayer(l)));
        item.shown = visible;
      }
      if (visible) {
        count++;
        // older events fade, so the newest fighting stands out while playing
        const age = windowDays ? (Date.parse(day) - Date.parse(item.e.date.end || item.e.date.start)) / 864e5 : 0;
        const opacity = Math.max(0.35, 1 - Math.max(0, age) / Math.max(1, windowDays || 1) * 0.65);
        item.layers[0].setOpacity(opacity);
      }
    }
    return count;
  }

  /**
   * The bounds of the placed events, for the first view. With many events the outermost 5% on
   * each side are left out, so a few far-off or misplaced events do not zoom the view out to the
   * whole world with everything else in a corner.
   */
  bounds() {
    const points = this.items.map((i) => i.layers[0].getLatLng());
    if (!points.length) return null;
    if (points.length < 20) return L.latLngBounds(points);
    const lats = points.map((p) => p.lat).sort((a, b) => a - b);
    const lons = points.map((p) => p.lng).sort((a, b) => a - b);
    const at = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
    return L.latLngBounds([at(lats, 0.05), at(lons, 0.05)], [at(lats, 0.95), at(lons, 0.95)]);
  }

  /** Marks the selected event's marker (CSS outline). */
  select(id) {
    for (const item of this.items) {
      const node = item.layers[0].getElement();
      if (node) node.classList.toggle('selected', item.e.id === id);
    }
  }
}
