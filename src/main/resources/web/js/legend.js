// Legends: event symbols by type, control colours by side. Built from the same tables the map
// uses (symbols.js), so a legend can never disagree with what is drawn.

import { el, replaceChildren } from './dom.js';
import { EVENT_TYPES, sideColour } from './symbols.js';

export function fillTypeLegend(node) {
  replaceChildren(node, el('h4', {}, 'Events'),
    el('ul', {}, Object.entries(EVENT_TYPES).map(([type, [label, shape, colour]]) => {
      const symbol = el('span', { class: 'event-marker legend-symbol shape-' + shape });
      symbol.style.setProperty('--colour', colour);
      return el('li', { dataset: { type } }, symbol, label);
    })));
}

export function fillSideLegend(node, groups) {
  const swatch = (group) => {
    const s = el('span', { class: 'swatch' + (group === 'Contested' ? ' contested' : '') });
    s.style.setProperty('--colour', sideColour(group));
    return s;
  };
  const ring = el('span', { class: 'swatch siege' });
  const cut = el('span', { class: 'swatch cut' });
  replaceChildren(node, el('h4', {}, 'Who holds it'),
    groups.length ? null : el('p', { class: 'muted' }, 'no report says, on this day'),
    el('ul', {}, groups.map((g) => el('li', { dataset: { side: g } }, swatch(g), g)),
      el('li', { dataset: { side: 'Unknown' } }, el('span', { class: 'swatch unknown' }), 'Unknown (fought over, no report says who holds it)'),
      el('li', { dataset: { side: 'Contradicted' } }, el('span', { class: 'swatch contradicted' }), 'Claims contradict each other'),
      el('li', {}, ring, 'Besieged'), el('li', {}, cut, 'Cut route')));
}
