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

// legend group (from /api/sides) -> colour. Both the short legend names and the sides.tsv names of
// Syria's sides are known; every other side gets the next unused colour of PALETTE in order of
// appearance, so the sides on the map never share a colour (a store of many wars has many
// governments: they used to share one red). Past the palette, hues are spread by the golden angle.
const SIDE_COLOURS = {
  'Islamic State': '#1b1b1b',
  'Government and allies': '#c0392b',
  'Syrian government side': '#c0392b',
  'FSA / Turkey': '#229954',
  'Turkey and the Free Syrian Army': '#229954',
  'YPG / SDF': '#f4d03f',
  'Syrian Democratic Forces side': '#f4d03f',
  'Rebels': '#5dade2',
  'Syrian rebels side': '#5dade2',
  'Contested': '#a569bd',
  'Other': '#95a5a6',
};
// well apart from each other and from the fixed colours above (Kelly's and Tableau's palettes)
const PALETTE = ['#e67e22', '#1f77b4', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#2ca02c', '#ff7f0e',
  '#9467bd', '#7f0000', '#000080', '#808000', '#ff69b4', '#00ced1', '#8b4513', '#556b2f', '#dc143c', '#4682b4',
  '#daa520', '#2f4f4f'];
let assigned = 0;

function nextColour() {
  const i = assigned++;
  if (i < PALETTE.length) return PALETTE[i];
  return `hsl(${Math.round((i * 137.508) % 360)}, 65%, ${i % 2 ? 38 : 52}%)`;
}

export function sideColour(group) {
  if (!(group in SIDE_COLOURS)) SIDE_COLOURS[group] = nextColour();
  return SIDE_COLOURS[group];
}

/**
 * The legend group of a control record. The server's `side` is the holder's side in that place's
 * theatre (Hezbollah is on the government's side in Syria); /api/sides may map it to a shorter
 * legend name. The holder itself is the last resort, so an actor on no side still gets a colour.
 */
export function groupOf(record, sidesByActor) {
  if (record.contested) return 'Contested';
  if (record.side) return sidesByActor[record.side] || record.side;
  return sidesByActor[record.holder] || record.holder || 'Other';
}

/** Legend order: the groups drawn on the chosen day, alphabetically, then Contested. */
export function legendOrder(groups) {
  const named = [...new Set(groups)].filter((g) => g !== 'Contested').sort();
  return groups.includes('Contested') ? [...named, 'Contested'] : named;
}
