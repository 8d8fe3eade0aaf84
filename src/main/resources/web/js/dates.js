// ISO dates (YYYY-MM-DD) as plain strings: they sort and compare as text, and UTC arithmetic avoids
// daylight-saving surprises.

export function addDays(iso, days) {
  const t = Date.parse(iso + 'T00:00:00Z') + days * 864e5;
  return new Date(t).toISOString().slice(0, 10);
}

export function daysBetween(fromIso, toIso) {
  return Math.round((Date.parse(toIso + 'T00:00:00Z') - Date.parse(fromIso + 'T00:00:00Z')) / 864e5);
}

export function isIsoDate(s) {
  return typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));
}
