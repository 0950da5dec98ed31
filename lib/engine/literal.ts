/**
 * Cheap pre-checks for the phrase tables. For a pattern such as /Delivery has failed to these recipients/i this finds
 * a piece of text every match must contain ("delivery has failed to these recipients"), so a caller can skip the
 * regex when the lower-cased text lacks it: one `includes` instead of a regex pass, for most phrases on most texts.
 * Returns null when no such piece can be read off the pattern safely (top-level alternation, lookarounds…).
 */
export function requiredLiteral(re: RegExp, minLength = 4): string | null {
  const src = re.source;
  if (/\(\?[=!<]/.test(src)) return null;
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return null;
  }
  let best = '';
  let run = '';
  const close = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string;
    const next = src[i + 1];
    // A quantifier that allows zero makes the character before it optional.
    const optionalNext = next === '?' || next === '*' || (next === '{' && /^\{0,/.test(src.slice(i + 1)));
    if (depth > 0) {
      if (c === '\\') i++;
      else if (c === '[') while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      else if (c === '(') depth++;
      else if (c === ')') depth--;
      continue;
    }
    if (c === '(') {
      close();
      depth = 1;
      continue;
    }
    if (c === '[') {
      close();
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      continue;
    }
    if (c === '\\') {
      const e = src[i + 1] ?? '';
      i++;
      const afterEscape = src[i + 1];
      const escOptional = afterEscape === '?' || afterEscape === '*' || (afterEscape === '{' && /^\{0,/.test(src.slice(i + 1)));
      if (/[.\-()[\]{}*+?^$|/\\:'"#@&,;<>=!~%`]/.test(e) && !escOptional) run += e;
      else close();
      continue;
    }
    if ('^$.+*?{}|'.includes(c)) {
      close();
      if (c === '{') while (i < src.length && src[i] !== '}') i++;
      continue;
    }
    if (optionalNext) {
      close();
      continue;
    }
    run += c;
    // A "+" after a character keeps one copy of it: the run may go on, but not through the repetition.
    if (next === '+') close();
  }
  close();
  const literal = best.toLowerCase();
  return literal.trim().length >= minLength ? literal : null;
}

/** A pattern with its pre-check. */
export interface Guarded {
  re: RegExp;
  literal: string | null;
}

export function guard(re: RegExp): Guarded {
  return { re, literal: requiredLiteral(re) };
}

/** Tests a guarded pattern; `lower` is the text lower-cased once by the caller. */
export function guardedTest(g: Guarded, text: string, lower: string): boolean {
  if (g.literal !== null && !lower.includes(g.literal)) return false;
  g.re.lastIndex = 0;
  return g.re.test(text);
}
