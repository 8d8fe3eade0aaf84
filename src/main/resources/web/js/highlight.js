// Finds the evidence sentences in a document's text, so the page can show them highlighted in place.
// Pure functions over strings (no DOM): the caller turns segments into text nodes and <mark>s.

const QUOTES = { "'": "['‘’`]", '‘': "['‘’`]", '’': "['‘’`]", '"': '["“”]', '“': '["“”]', '”': '["“”]' };

// A pattern that matches the sentence whatever the whitespace and quote style of the source text.
function loosePattern(needle) {
  const words = needle.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const word = (w) => [...w].map((c) => QUOTES[c] || c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('');
  return new RegExp(words.map(word).join('\\s+'), 'g');
}

function occurrences(text, needle) {
  const found = [];
  if (!needle || !needle.trim()) return found;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    found.push([at, at + needle.length]);
  }
  if (found.length) return found;
  const pattern = loosePattern(needle);
  for (const m of text.matchAll(pattern)) found.push([m.index, m.index + m[0].length]);
  return found;
}

function splitSentences(s) {
  return s.split(/(?<=[.!?]["”’']?)\s+/).filter((x) => x.trim().length > 3);
}

/**
 * Ranges [start, end) of `text` where any evidence string occurs (merged, sorted), and the evidence
 * strings that could not be found (shown beside the text, never silently dropped). An evidence made
 * of several sentences that are apart in the text is found sentence by sentence.
 */
export function findEvidence(text, evidences) {
  const ranges = [];
  const missing = [];
  for (const evidence of evidences) {
    let hits = occurrences(text, evidence);
    if (!hits.length) hits = splitSentences(evidence).flatMap((s) => occurrences(text, s));
    if (hits.length) ranges.push(...hits);
    else if (evidence && evidence.trim()) missing.push(evidence);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return { ranges: merged, missing };
}

/** The text cut at the ranges: [{text, hit}], in order, covering all of it. */
export function segments(text, ranges) {
  const out = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) out.push({ text: text.slice(at, start), hit: false });
    out.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false });
  return out;
}
