/** Stray control characters in text (a NUL, a form of C0), counted for the note that says they were dropped. */

/** How many stray control characters text holds (the ones normalizeText drops): C0 but tab, line ends, VT, FF, ESC; DEL. */
export function strayControls(text: string): number {
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const re = /[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]/g;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}
export function strayNote(count: number): string {
  return `${count} control character${count === 1 ? ' (such as NUL) was' : 's (such as NUL) were'} removed; the rest was read.`;
}
