// DOM building without innerHTML: every string becomes a text node, so article text, titles and
// actor names (all untrusted) can never turn into markup.

/** el('div', {class: 'x', dataset: {id: 1}}, 'text', childNode, ...) */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends strings (as text) and nodes; skips null/undefined/false; flattens arrays. */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Removes every child, then appends the given ones. */
export function replaceChildren(node, ...children) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return append(node, children);
}

/** A link only for http(s) URLs: a javascript: or data: URL from a document never becomes clickable. */
export function safeLink(url, label) {
  let parsed = null;
  try { parsed = new URL(url); } catch (e) { /* not a URL: shown as text */ }
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) return document.createTextNode(label || url || '');
  return el('a', { href: parsed.href, target: '_blank', rel: 'noopener noreferrer' }, label || parsed.href);
}
