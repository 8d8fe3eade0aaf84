// Who holds what on the chosen day (/api/control) as filled circles coloured by side, and which
// places are besieged (/api/sieges) as rings, with the road whose cut closed the ring dashed.
// The shading follows the timeline: held (filled in the side's colour), contested (dashed, in the
// Contested colour), unknown (a hollow grey circle: fought over, but no report names the holder
// that day), and a place whose claims contradict each other gets a dark outer ring.
// Answers are cached per day: playing the war back and forth asks the server once per day.

import { el } from './dom.js';
import { groupOf, sideColour } from './symbols.js';
import * as api from './api.js';

const RADIUS = { country: 22, admin1: 18, region: 16, city: 12, town: 10, village: 8 };

function hasPoint(p) {
  return p && typeof p.lat === 'number' && typeof p.lon === 'number';
}

function controlTooltip(record, group) {
  const lines = [el('strong', {}, record.place.name), el('br'), 'held by ' + (record.holder || 'unknown')];
  if (record.share !== null && record.share !== undefined && record.share < 1) lines.push(` (${Math.round(record.share * 100)} %)`);
  if (group !== record.holder) lines.push(el('br'), group);
  if ((record.contested_by || []).length) lines.push(el('br'), 'contested by ' + record.contested_by.join(', '));
  if ((record.besieged_by || []).length) lines.push(el('br'), 'besieged by ' + record.besieged_by.join(', '));
  for (const c of record.contradicted_by || []) {
    lines.push(el('br'), `contradicted: ${(c.sources || []).join(', ') || 'the outlet'} (${c.status}) says ${c.holder} holds ${c.full ? 'all of it' : 'part of it'}`);
  }
  return el('span', {}, lines);
}

function siegeTooltip(s) {
  return el('span', {}, el('strong', {}, 'Siege of ' + s.place.name), el('br'),
    'besieged by ' + (s.besieged_by || []).join(', '), s.since ? el('br') : null, s.since ? 'since ' + s.since : null);
}

/** What a marker shows, on its SVG element, for readers of the page's DOM (and its tests). */
function mark(marker, record, state) {
  const node = marker.getElement && marker.getElement();
  if (!node) return;
  node.setAttribute('data-place', record.place.name);
  node.setAttribute('data-state', state);
  if (record.holder) node.setAttribute('data-holder', record.holder);
}

export class ControlLayer {
  constructor(map) {
    this.places = L.layerGroup().addTo(map);
    this.sieges = L.layerGroup().addTo(map);
    this.cache = new Map();
    this.sidesByActor = {};
    this.latest = null;
  }

  setSides(sidesByActor) {
    this.sidesByActor = sidesByActor || {};
  }

  async fetchDay(day) {
    if (!this.cache.has(day)) {
      this.cache.set(day, Promise.all([api.control(day), api.sieges(day)]).catch((e) => {
        this.cache.delete(day); // try again next time rather than remember a failure
        throw e;
      }));
    }
    return this.cache.get(day);
  }

  /** Draws `day`; a slower answer for a day the slider has already left is dropped. */
  async show(day) {
    this.latest = day;
    const [control, sieges] = await this.fetchDay(day);
    if (this.latest !== day) return null;
    this.places.clearLayers();
    this.sieges.clearLayers();
    const groups = (control.places || []).map((record) => this.drawControl(record)).filter(Boolean);
    for (const record of control.unknown || []) this.drawUnknown(record);
    for (const siege of sieges || []) this.drawSiege(siege);
    return { groups, sieges: (sieges || []).length };
  }

  /** Draws one place's holder; returns its legend group (null when it has no coordinates). */
  drawControl(record) {
    if (!hasPoint(record.place)) return null;
    const group = groupOf(record, this.sidesByActor);
    const colour = sideColour(group);
    const share = record.share === null || record.share === undefined ? 1 : record.share;
    const contradicted = (record.contradicted_by || []).length > 0;
    const radius = RADIUS[record.place.precision] || 10;
    if (contradicted) {
      mark(L.circleMarker([record.place.lat, record.place.lon], {
        radius: radius + 4, className: 'control-contradicted', color: '#1b2631', weight: 2.5, fill: false,
        interactive: false,
      }).addTo(this.places), record, 'contradicted');
    }
    const marker = L.circleMarker([record.place.lat, record.place.lon], {
      radius,
      className: 'control-place ' + (record.contested ? 'contested' : 'held') + (contradicted ? ' contradicted' : ''),
      color: colour, weight: 1.5, fillColor: colour, fillOpacity: 0.15 + 0.35 * share,
      dashArray: record.contested ? '3 3' : null,
    }).bindTooltip(controlTooltip(record, group)).addTo(this.places);
    mark(marker, record, record.contested ? 'contested' : 'held');
    return group;
  }

  /** A place fought over whose holder no report names that day: hollow and grey, never a side's colour. */
  drawUnknown(record) {
    if (!hasPoint(record.place)) return;
    const marker = L.circleMarker([record.place.lat, record.place.lon], {
      radius: RADIUS[record.place.precision] || 10, className: 'control-unknown', color: '#7f8c8d', weight: 1.5,
      fill: false, dashArray: '2 4',
    }).bindTooltip(el('span', {}, el('strong', {}, record.place.name), el('br'), 'held by: unknown (no report says)'))
      .addTo(this.places);
    mark(marker, record, 'unknown');
  }

  drawSiege(s) {
    if (!hasPoint(s.place)) return;
    const at = [s.place.lat, s.place.lon];
    L.circleMarker(at, { radius: 17, className: 'siege-ring', color: '#7d3c98', weight: 4, fill: false, dashArray: '6 3' })
      .bindTooltip(siegeTooltip(s)).addTo(this.sieges);
    const route = s.closing_cut && s.closing_cut.route;
    if (route && hasPoint(route.from) && hasPoint(route.to)) {
      const line = L.polyline([[route.from.lat, route.from.lon], [route.to.lat, route.to.lon]],
        { className: 'cut-route siege-cut', color: '#d35400', weight: 3, dashArray: '8 6' });
      line.bindTooltip(el('span', {}, 'Cut: ' + route.from.name + ' – ' + route.to.name, el('br'), s.closing_cut.evidence || ''),
        { className: 'wide-tooltip', sticky: true });
      line.addTo(this.sieges);
    }
  }
}
