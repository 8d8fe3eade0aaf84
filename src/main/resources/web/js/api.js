// The REST API, one function per endpoint. Paths are relative so the page works under any prefix.

async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') query.set(k, v);
  const qs = query.toString();
  const response = await fetch(path + (qs ? '?' + qs : ''), { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let message = response.status + ' ' + response.statusText;
    try { const body = await response.json(); if (body && body.error) message = body.error; } catch (e) { /* not JSON */ }
    throw new Error(path + ': ' + message);
  }
  return response.json();
}

export const range = () => get('api/range');
export const sides = () => get('api/sides');
export const control = (on) => get('api/control', { on });
export const sieges = (on) => get('api/sieges', { on });
// ids and doc names may hold '/', '#', spaces...: always one encoded path segment
export const event = (id) => get('api/events/' + encodeURIComponent(id));
export const documentById = (doc) => get('api/documents/' + encodeURIComponent(doc));

/**
 * Every event matching the filters, page by page up to `cap` (the page says when it stopped
 * there). Pages follow each other by cursor (after=), so the tenth page costs what the first does.
 */
export async function allEvents(filters, cap = 20000) {
  const pageSize = 2000;
  const events = [];
  let after = null;
  while (events.length < cap) {
    const page = await get('api/events', { ...filters, limit: pageSize, after });
    events.push(...page.events);
    after = page.next_after;
    if (!after) return { events, capped: false };
  }
  return { events, capped: true };
}
