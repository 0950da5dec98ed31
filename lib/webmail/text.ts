/**
 * The text of a message body as a person reads it, without layout (innerText needs layout, and costs a reflow on the
 * host page): block elements and <br> become line breaks, table cells are separated, scripts and styles are skipped.
 * Bounded: at most `max` characters are collected.
 */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'BOUNCE-DOCTOR-CARD']);

export function visibleText(root: Node, max = 2 * 1024 * 1024): string {
  const out: string[] = [];
  let size = 0;
  const push = (s: string) => {
    if (size >= max) return;
    out.push(s);
    size += s.length;
  };
  const walk = (node: Node) => {
    if (size >= max) return;
    if (node.nodeType === 3) {
      push((node.nodeValue ?? '').replace(/[ \t\r\n]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || el.hasAttribute('data-bounce-doctor')) return;
    if (tag === 'BR') {
      push('\n');
      return;
    }
    const block = BLOCK.has(tag);
    if (block) push('\n');
    if (tag === 'PRE') {
      push(el.textContent ?? '');
    } else {
      for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    }
    if (tag === 'TD' || tag === 'TH') push(' ');
    if (block) push('\n');
  };
  walk(root);
  // Lines trimmed with split/trim: linear, where a regex over the whole text would be quadratic on long blank runs.
  return out
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
