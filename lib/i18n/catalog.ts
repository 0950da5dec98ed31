/**
 * What every translated table shares: a translation is the English table's shape with any key possibly missing
 * (DeepPartial), merged over English so that a missing key reads in English; and the checks the key test runs on it
 * (every key of English present, no other key, the same {placeholders} in each text).
 */

export type DeepPartial<T> = T extends string ? string : T extends readonly (infer E)[] ? readonly DeepPartial<E>[] : T extends object ? { readonly [K in keyof T]?: DeepPartial<T[K]> } : T;

/** Widens a table of literal strings to the shape a translation fills (any strings, same keys). */
export type Widen<T> = T extends string ? string : T extends readonly (infer E)[] ? readonly Widen<E>[] : T extends object ? { readonly [K in keyof T]: Widen<T[K]> } : T;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The English table with the translation's texts put in: a string where the translation has a non-empty one, arrays
 * item by item when they have the same length (steps are matched by position), objects key by key; everything else
 * (a missing key, a wrong type, a list of another length) stays English.
 */
export function mergeOver<T>(base: T, over: unknown, free: readonly string[] = [], path = ''): T {
  if (over === undefined || over === null) return base;
  if (typeof base === 'string') return (typeof over === 'string' && over !== '' ? over : base) as T;
  if (Array.isArray(base)) {
    // A free list (a language's own words for something) is taken whole, whatever its length.
    if (free.includes(path)) return (Array.isArray(over) && over.length > 0 && over.every((x) => typeof x === 'string' && x !== '') ? over : base) as T;
    if (!Array.isArray(over) || over.length !== base.length) return base;
    return base.map((b, i) => mergeOver(b, over[i], free, `${path}.${i}`)) as T;
  }
  if (isObject(base)) {
    if (!isObject(over)) return base;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(base)) out[k] = mergeOver(v, Object.hasOwn(over, k) ? over[k] : undefined, free, path ? `${path}.${k}` : k);
    return out as T;
  }
  return base;
}

/** Every text of a table by its path ("categories.spf.checklist.2"). */
export function flatten(table: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof table === 'string') out.set(prefix, table);
  else if (Array.isArray(table)) table.forEach((v, i) => flatten(v, prefix ? `${prefix}.${i}` : String(i), out));
  else if (isObject(table)) for (const [k, v] of Object.entries(table)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

/** The {placeholders} of a text, sorted (a text may use one twice). */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1] as string))].sort();
}

export interface CatalogProblem {
  kind: 'missing' | 'extra' | 'placeholder';
  key: string;
  detail?: string;
}

/**
 * How a translation differs from English: keys it lacks, keys English has not, texts whose placeholders differ.
 * `lists` names paths whose items are free in number (a language's own words for something), compared as one key.
 */
export function compareCatalogs(english: unknown, translation: unknown, lists: readonly string[] = []): CatalogProblem[] {
  const collapse = (m: Map<string, string>) => {
    const out = new Map<string, string>();
    for (const [k, v] of m) {
      const list = lists.find((l) => k.startsWith(`${l}.`));
      if (list) out.set(list, `${out.get(list) ?? ''}${v}`);
      else out.set(k, v);
    }
    return out;
  };
  const en = collapse(flatten(english));
  const tr = collapse(flatten(translation));
  const problems: CatalogProblem[] = [];
  for (const k of en.keys()) if (!tr.has(k)) problems.push({ kind: 'missing', key: k });
  for (const [k, v] of tr) {
    const source = en.get(k);
    if (source === undefined) {
      problems.push({ kind: 'extra', key: k });
      continue;
    }
    if (lists.includes(k)) continue;
    const want = placeholders(source).join(',');
    const got = placeholders(v).join(',');
    if (want !== got) problems.push({ kind: 'placeholder', key: k, detail: `English has {${want}}, the translation {${got}}` });
  }
  return problems;
}
