// How things look: one colour and shape per event type (the shape says the family, so colour-blind
// readers still tell battles from bombings), one colour per side in control shading.

// type -> [label, shape, colour]; shapes are CSS classes in style.css
export const EVENT_TYPES = {
  territory_captured: ['Territory captured', 'flag', '#b03a2e'],
  siege: ['Siege', 'ring', '#7d3c98'],
  route_cut: ['Route cut', 'bar', '#d35400'],
  advance: ['Advance', 'triangle', '#e67e22'],
  armed_clash: ['Armed clash', 'circle', '#c0392b'],
  air_strike: ['Air strike', 'diamond', '#1f618d'],
  shelling: ['Shelling', 'diamond', '#2e86c1'],
  suicide_bomb: ['Suicide bomb', 'diamond', '#17202a'],
  remote_explosive: ['Remote explosive', 'diamond', '#5d6d7e'],
  violence_against_civilians: ['Violence against civilians', 'square', '#922b21'],
  displacement: ['Displacement', 'square', '#148f77'],
  evacuation: ['Evacuation', 'square', '#45b39d'],
  agreement: ['Agreement', 'square', '#27ae60'],
  arrest: ['Arrest', 'square', '#7f8c8d'],
  protest: ['Protest', 'circle', '#f1c40f'],
};

export function typeLabel(type) {
  return (EVENT_TYPES[type] || [type])[0];
}

export function typeStyle(type) {
  const [, shape, colour] = EVENT_TYPES[type] || [type, 'circle', '#555'];
  return { shape, colour };
}

// legend group (from /api/sides) -> colour; groups the server adds later get a colour from SPARE
const SIDE_COLOURS = {
  'Islamic State': '#1b1b1b',
  'Government and allies': '#c0392b',
  'FSA / Turkey': '#229954',
  'YPG / SDF': '#f4d03f',
  'Rebels': '#5dade2',
  'Contested': '#a569bd',
  'Other': '#95a5a6',
};
const SPARE = ['#e67e22', '#1abc9c', '#884ea0', '#d4ac0d', '#2874a6', '#a04000', '#117864', '#6e2c00'];

export function sideColour(group) {
  if (!(group in SIDE_COLOURS)) {
    const used = Object.keys(SIDE_COLOURS).length - 7;
    SIDE_COLOURS[group] = SPARE[used % SPARE.length];
  }
  return SIDE_COLOURS[group];
}

/**
 * The legend group of a control record: /api/sides maps actors (and side names) to groups; the
 * server's own `side` and the holder are fallbacks so an unmapped actor still gets a colour.
 */
export function groupOf(record, sidesByActor) {
  if (record.contested) return 'Contested';
  return sidesByActor[record.holder] || sidesByActor[record.side] || record.side || record.holder || 'Other';
}

/** The distinct legend groups, in a stable, readable order. */
export function sideGroups(sidesByActor) {
  const groups = new Set(Object.values(sidesByActor));
  ['Contested', 'Other'].forEach((g) => groups.add(g));
  return [...groups];
}
