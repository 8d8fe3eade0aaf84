// The view in the address: #day=2017-02-10&event=ID, so a reader can send a colleague exactly
// what they are looking at. Updated with replaceState, so playing does not flood the history.
// The hash is typed by whoever made the link: the day is validated, the id only ever sent
// (encoded) to the API.

import { isIsoDate } from './dates.js';

export function readLink() {
  const p = new URLSearchParams(location.hash.slice(1));
  const day = p.get('day');
  return { day: isIsoDate(day) ? day : null, event: p.get('event') || null };
}

export function writeLink(patch) {
  const p = new URLSearchParams(location.hash.slice(1));
  for (const [k, v] of Object.entries(patch)) (v ? p.set(k, v) : p.delete(k));
  history.replaceState(null, '', '#' + p.toString());
}
