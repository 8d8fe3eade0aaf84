// Wires the page together: base map, filters, slider, events, control shading and evidence.

import * as api from './api.js';
import { el, replaceChildren } from './dom.js';
import { isIsoDate } from './dates.js';
import { createMap, addBoundaries } from './basemap.js';
import { EventLayer } from './events.js';
import { ControlLayer } from './control.js';
import { showEvidence } from './evidence.js';
import { readLink, writeLink } from './link.js';
import { Timeline } from './timeline.js';
import { EVENT_TYPES, legendOrder } from './symbols.js';
import { fillTypeLegend, fillSideLegend } from './legend.js';
import { Live } from './live.js';

const $ = (id) => document.getElementById(id);
const state = { range: null, windowDays: 30, shown: 0, unplaced: 0, undated: 0, total: 0, capped: false, problem: null };

function status() {
  const parts = [`${state.shown} of ${state.total} events shown`];
  if (state.unplaced) parts.push(`${state.unplaced} without a place`);
  if (state.undated) parts.push(`${state.undated} undated (listed apart)`);
  if (state.capped) parts.push('only the first ' + state.total + ' loaded: narrow the filters');
  if (state.problem) parts.push(state.problem);
  $('status').textContent = parts.join(' · ');
}

function report(problem) {
  state.problem = problem;
  status();
}

const map = createMap('map');
const events = new EventLayer(map, select);
const control = new ControlLayer(map);
const timeline = new Timeline({ slider: $('slider'), label: $('date'), play: $('play'),
  minLabel: $('slider-min'), maxLabel: $('slider-max'), onChange: showDay });

function showDay(day) {
  writeLink({ day });
  state.shown = events.show(day, state.windowDays);
  status();
  control.show(day)
    .then((drawn) => drawn && fillSideLegend($('legend-sides'), legendOrder(drawn.groups)))
    .catch((e) => report('Control not loaded: ' + e.message));
}

async function select(id) {
  events.select(id);
  writeLink({ event: id });
  await showEvidence($('evidence'), id, () => { events.select(null); writeLink({ event: null }); });
}

function filters() {
  const f = { actor: $('filter-actor').value.trim(), type: $('filter-type').value,
    from: $('filter-from').value, to: $('filter-to').value };
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v));
}

/** Loads the events the filters ask for and narrows the slider to the filters' dates. */
let query = 0; // Enter in a field fires both change and submit: only the latest answer is drawn
async function applyFilters(fit = false) {
  const f = filters();
  const mine = ++query;
  try {
    const { events: list, capped } = await api.allEvents(f);
    if (mine !== query) return;
    state.latestStart = list.reduce((m, e) => (e.date && e.date.start > m ? e.date.start : m), '');
    state.total = list.length;
    state.capped = capped;
    state.unplaced = events.setEvents(list);
    state.undated = listUndated(list.filter((e) => !e.date));
    state.problem = null;
    addActors(list);
  } catch (e) {
    report('Events not loaded: ' + e.message);
    return;
  }
  const min = f.from && f.from > state.range.min ? f.from : state.range.min;
  const max = f.to && f.to < state.range.max ? f.to : state.range.max;
  // first view: the last day something started (the range's end may be a long event's end)
  const keep = timeline.min ? timeline.day() : state.latestStart || max;
  timeline.setRange(min, max < min ? min : max, keep < min || keep > max ? max : keep);
  const bounds = events.bounds();
  if (fit && bounds) {
    map.invalidateSize(); // the layout may have settled since the map was made
    map.fitBounds(bounds.pad(0.15), { maxZoom: 7, animate: false });
  }
}

/**
 * Events of reports with no publication date have no day on the slider: they are listed apart,
 * each opening its evidence like a symbol on the map (text nodes only: names are untrusted).
 */
function listUndated(undated) {
  $('undated').hidden = undated.length === 0;
  replaceChildren($('undated-list'), undated.map((e) => el('li', {},
    el('button', { type: 'button', class: 'link', onclick: () => select(e.id) },
      `${e.type.replace(/_/g, ' ')} · ${e.place ? e.place.name : 'no place'}`
      + (e.date_text ? ` · “${e.date_text}”` : '') + ((e.actor1 || []).length ? ' · ' + e.actor1.join(', ') : '')))));
  return undated.length;
}

// actor suggestions: the sides table's actors plus everyone named in the loaded events
const actors = new Set();
function addActors(list) {
  const before = actors.size;
  list.forEach((e) => [...(e.actor1 || []), ...(e.actor2 || [])].forEach((a) => actors.add(a)));
  if (actors.size !== before) replaceChildren($('actors'), [...actors].sort().map((a) => el('option', { value: a })));
}

function setUpFilters() {
  $('filter-type').append(...Object.entries(EVENT_TYPES).map(([t, [label]]) => el('option', { value: t }, label)));
  $('filters').addEventListener('submit', (ev) => { ev.preventDefault(); applyFilters(); });
  for (const id of ['filter-type', 'filter-from', 'filter-to']) $(id).addEventListener('change', () => applyFilters());
  $('filter-actor').addEventListener('change', () => applyFilters());
  $('filter-window').addEventListener('change', () => {
    const v = $('filter-window').value;
    state.windowDays = v === 'all' ? null : Number(v);
    showDay(timeline.day());
  });
}

/** An event from the stream: drawn if the filters let it through; the slider grows to its day. */
function liveEvent(e) {
  const f = filters();
  if (f.type && e.type !== f.type) return;
  if (f.actor && ![...(e.actor1 || []), ...(e.actor2 || [])].some((a) => a.toLowerCase().includes(f.actor.toLowerCase()))) return;
  if (!e.date) {
    state.undated++;
    status();
    return;
  }
  if (state.problem && state.problem.startsWith('No events')) state.problem = null;
  const placed = events.upsert(e);
  if (!placed) state.unplaced++;
  state.total = events.items.length + state.unplaced;
  addActors([e]);
  const start = e.date.start, end = e.date.end || e.date.start;
  if (!state.range || !isIsoDate(state.range.min)) {
    state.range = { min: start, max: end };
  }
  const min = start < state.range.min ? start : state.range.min;
  const max = end > state.range.max ? end : state.range.max;
  state.range = { min, max };
  if (!timeline.min || min < timeline.min || max > timeline.maxDay()) {
    timeline.setRange(min, max, max); // the latest day: the window shows the new event with those before it
  } else {
    showDay(timeline.day());
  }
  document.body.dataset.ready = 'true';
}

async function start() {
  fillTypeLegend($('legend-types'));
  // on a small screen the legend starts folded: the map comes first
  if (map.getSize().x < 700 || map.getSize().y < 450) $('legend').open = false;
  new Live({ toggle: $('live'), counter: $('live-count'), onEvent: liveEvent });
  setUpFilters();
  addBoundaries(map, report);
  let sides = {};
  try {
    [state.range, sides] = await Promise.all([api.range(), api.sides().catch(() => ({}))]);
  } catch (e) {
    report('The server did not answer: ' + e.message);
    return;
  }
  control.setSides(sides);
  addActors([{ actor1: Object.keys(sides) }]);
  if (!isIsoDate(state.range.min) || !isIsoDate(state.range.max)) {
    report('No events are stored yet: ingest some reports first (frontline ingest).');
    return;
  }
  const link = readLink(); // read before the first draw writes the day
  await applyFilters(true);
  if (link.day) timeline.setDay(link.day);
  if (link.event) select(link.event);
  await control.show(timeline.day()).catch(() => null); // the day's holders are drawn too (cached answer)
  document.body.dataset.ready = 'true'; // for tests: the first view is drawn
}

start();
