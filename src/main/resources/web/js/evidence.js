// The evidence pane: what the clicked event is, who reports it, and for each source document its
// title and text with the sentence(s) the event was read from highlighted. Everything from the
// server is untrusted article text, so it is only ever put into text nodes (see dom.js).

import { el, replaceChildren, safeLink } from './dom.js';
import { findEvidence, segments } from './highlight.js';
import { typeLabel } from './symbols.js';
import * as api from './api.js';

let current = 0; // the latest click wins: a slower answer for an earlier click is dropped

function placeText(p) {
  return p ? [p.name, p.admin1, p.country].filter(Boolean).join(', ') : null;
}

function summary(e) {
  // an undated report's event (issue 10) keeps the words it was dated by
  const when = !e.date ? `undated${e.date_text ? ' (' + e.date_text + ')' : ''}`
    : e.date.start === e.date.end || !e.date.end ? `${e.date.start} (${e.date.precision})` : `${e.date.start} – ${e.date.end} (${e.date.precision})`;
  const where = placeText(e.place) || (e.route ? `${e.route.name || 'route'}: ${placeText(e.route.from)} → ${placeText(e.route.to)}` : 'no place');
  const rows = [
    ['Date', when],
    ['Place', where],
    ['Actor', (e.actor1 || []).join(', ') || '—'],
    ['Against', (e.actor2 || []).join(', ') || '—'],
    ['Status', e.status],
    ['Reports', String(e.corroboration || (e.documents || []).length)],
  ];
  if (e.fatalities !== null && e.fatalities !== undefined) rows.push(['Fatalities', String(e.fatalities)]);
  if (e.displaced !== null && e.displaced !== undefined) rows.push(['Displaced', String(e.displaced)]);
  return el('dl', { class: 'event-summary' }, rows.map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

function sourcesList(e) {
  const sources = e.sources || [];
  return el('section', { class: 'sources' },
    el('h3', {}, 'Attributed to'),
    sources.length ? el('ul', { id: 'sources' }, sources.map((s) => el('li', { class: 'source' }, s)))
      : el('p', { id: 'sources', class: 'muted' }, 'the outlets themselves (no source named)'));
}

// evidence strings per document: the mentions say which sentence came from which report
function evidenceByDoc(e) {
  const byDoc = new Map((e.documents || []).map((d) => [d, []]));
  for (const m of e.mentions || []) {
    if (!byDoc.has(m.doc)) byDoc.set(m.doc, []);
    if (m.evidence) byDoc.get(m.doc).push(m.evidence);
  }
  for (const [doc, list] of byDoc) if (!list.length) byDoc.set(doc, e.evidence || []);
  return byDoc;
}

function textWithHits(text, evidences) {
  const { ranges, missing } = findEvidence(text, evidences);
  const body = el('div', { class: 'doc-text' },
    segments(text, ranges).map((s) => (s.hit ? el('mark', { class: 'evidence-hit' }, s.text) : s.text)));
  const notFound = missing.length ? el('div', { class: 'evidence-missing' },
    el('p', { class: 'muted' }, 'Evidence not found verbatim in the stored text:'),
    missing.map((m) => el('blockquote', { class: 'evidence-hit' }, m))) : null;
  return [notFound, body];
}

function documentSection(doc, evidences, d) {
  const meta = [d.outlet, d.published].filter(Boolean).join(' · ');
  return el('article', { class: 'evidence-doc', dataset: { doc } },
    el('h3', { class: 'doc-title' }, d.title || doc),
    el('p', { class: 'doc-meta' }, meta, meta && d.url ? ' · ' : '', d.url ? safeLink(d.url) : null,
      el('span', { class: 'doc-id muted' }, ' ' + doc)),
    textWithHits(d.text || '', evidences));
}

function failedSection(doc, evidences, error) {
  return el('article', { class: 'evidence-doc failed', dataset: { doc } },
    el('h3', { class: 'doc-title' }, doc),
    el('p', { class: 'error' }, 'Document not available: ' + error.message),
    evidences.map((ev) => el('blockquote', { class: 'evidence-hit' }, ev)));
}

const HINT = 'Click an event on the map to read the reports it comes from.';

/** Fills `pane` with event `id`'s evidence; resolves when every document is shown. */
export async function showEvidence(pane, id, onClose = () => {}) {
  const mine = ++current;
  replaceChildren(pane, el('p', { class: 'muted' }, 'Loading…'));
  let e;
  try {
    e = await api.event(id);
  } catch (err) {
    if (mine === current) replaceChildren(pane, el('p', { class: 'error' }, err.message));
    return;
  }
  if (mine !== current) return;
  const byDoc = evidenceByDoc(e);
  const docs = el('section', { class: 'documents' }, el('h3', {}, `Reports (${byDoc.size})`),
    el('ul', { class: 'doc-list' }, [...byDoc.keys()].map((d) => el('li', {}, d))));
  replaceChildren(pane,
    el('button', { type: 'button', class: 'close', title: 'Close', 'aria-label': 'Close', onclick: () => {
      current++;
      delete pane.dataset.loaded;
      replaceChildren(pane, el('p', { class: 'muted' }, HINT));
      onClose();
    } }, '×'),
    el('h2', { class: 'event-title' }, typeLabel(e.type)), summary(e), sourcesList(e), docs);
  const sections = await Promise.all([...byDoc].map(([doc, evidences]) => api.documentById(doc)
    .then((d) => documentSection(doc, evidences, d), (err) => failedSection(doc, evidences, err))));
  if (mine !== current) return;
  sections.forEach((s) => pane.appendChild(s));
  // each text scrolls to its first hit; the pane itself stays at the top, where the summary is
  for (const text of pane.querySelectorAll('.doc-text')) {
    const hit = text.querySelector('.evidence-hit');
    if (hit) text.scrollTop = hit.offsetTop - text.offsetTop - 24;
  }
  pane.scrollTop = 0;
  pane.dataset.loaded = id; // lets tests (and people with slow links) know the pane is complete
}
