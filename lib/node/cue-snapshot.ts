/**
 * The CLI's cue tables, compiled when the CLI is built instead of at every run (scripts/build-cli.mjs writes
 * dist/cli-cues.json): compiling them (cues.ts: thousands of phrases split, lower-cased, respelled and indexed) and
 * settling each documented phrase's ambiguity on its first match cost a fresh process more than 100 ms of cold code.
 * The snapshot holds the same tables with every phrase already settled — what `cues()` would hold after every phrase
 * had matched once — so every verdict is the same (test/cli/cue-snapshot.test.ts compares the two tables field by
 * field). It is JSON lines, one per cue and one per bucket of the word index, and a run parses only the lines of the
 * cues and buckets its replies meet.
 *
 * Only data is read, never code: the patterns stay the rule tables' own RegExp objects (the snapshot gives their
 * literal pre-checks) or, for a documented API field, are made by the bundle's code from the cue's escaped words. A
 * snapshot that does not fit the bundle's tables, is not from this build (its digest is built into the bundle) or could
 * have been written by someone else is ignored: the tables are then compiled as usual.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { compileCues, documentedMeanings, fieldPattern, installCues, settle, type CompiledCues, type CueDef, type Indexed } from '../diagnosis/cues';
import { KNOWLEDGE } from '../diagnosis/knowledge/index';
import { PROVIDERS } from '../diagnosis/providers';
import { GENERAL_RULES } from '../diagnosis/rules/index';
import type { Rule } from '../diagnosis/types';

const VERSION = 5;
/** The first line of a snapshot file: this name, then the digest of the JSON that follows. */
export const SNAPSHOT_MAGIC = 'bounce-doctor cues v4';

/** A pooled string's index, or -1 for undefined (null for `provider`). */
type Ref = number;
/** A CueDef as an array, in CueDef's field order; status and codes are 0 when undefined. */
type DefRow = [id: Ref, category: Ref, provider: Ref, origin: Ref, kind: Ref, weight: number, symptom: 0 | 1, status: readonly string[] | 0, codes: readonly string[] | 0, gated: 0 | 1, documentedStatus: Ref, variant: Ref, source: Ref, text: string, check: Ref, label: 0 | 1, voids: readonly string[] | 0, hedged: 0 | 1];
/** An index entry: its text (0: the same as its cue's text), prefix (1) + case-sensitive (2), its cue. */
type EntryRow = [text: string | 0, flags: number, def: number];

/**
 * The first line of a snapshot's JSON lines. The lines after it: one per cue (a DefRow), then one per bucket of
 * byFirstWord and of byTwoWords (EntryRow[]), in the order of `first` and `two`. A run parses only the lines of the
 * cues and buckets it meets (a few hundred of thousands): most of the tables are never read.
 */
interface Head {
  v: number;
  strings: string[];
  /** How many cues. */
  defs: number;
  /** The keys of byFirstWord and byTwoWords, in order. */
  first: string[];
  two: string[];
  prefixes: EntryRow[];
  loose: EntryRow[];
  looseWide: EntryRow[];
  /** Each pattern's literal pre-check (0: none) and cue, in the rule tables' order. */
  patterns: [string | 0, number][];
  statusOnly: [string, number[]][];
  codeOnly: number[];
}

/** The rule tables' patterns in the order compileCues meets them. */
function tablePatterns(): RegExp[] {
  const rules: Rule[] = [...GENERAL_RULES, ...PROVIDERS.flatMap((p) => p.rules)];
  return rules.flatMap((r) => ((r.phrases?.length ?? 0) > 0 || (r.patterns?.length ?? 0) > 0 ? (r.patterns ?? []) : []));
}

/** The engine's tables compiled and fully settled, as the JSON lines a snapshot file holds (build time). */
export function snapshotJson(table: CompiledCues = compileCues(GENERAL_RULES, PROVIDERS, KNOWLEDGE)): string {
  for (const def of table.all) settle(table, def);
  const pool = new Map<string, number>();
  const strings: string[] = [];
  const ref = (s: string | null | undefined): Ref => {
    if (s === null || s === undefined) return -1;
    let i = pool.get(s);
    if (i === undefined) {
      i = strings.push(s) - 1;
      pool.set(s, i);
    }
    return i;
  };
  const index = new Map<CueDef, number>(table.all.map((d, i) => [d, i]));
  const of = (def: CueDef): number => {
    const i = index.get(def);
    if (i === undefined) throw new Error('cue-snapshot: a cue in the index is not in the table');
    return i;
  };
  const entry = (e: Indexed): EntryRow => [e.text === e.def.text ? 0 : e.text, (e.prefix ? 1 : 0) | (e.caseSensitive ? 2 : 0), of(e.def)];
  const defs: DefRow[] = table.all.map((d) => [
    ref(d.id),
    ref(d.category),
    ref(d.provider),
    ref(d.origin),
    ref(d.kind),
    d.weight,
    d.symptom ? 1 : 0,
    d.status ?? 0,
    d.codes ?? 0,
    d.gated ? 1 : 0,
    ref(d.documentedStatus),
    ref(d.variant),
    ref(d.source),
    d.text,
    ref(d.check),
    d.label ? 1 : 0,
    d.voids ?? 0,
    d.hedged ? 1 : 0,
  ]);
  const head: Head = {
    v: VERSION,
    strings,
    defs: defs.length,
    first: [...table.byFirstWord.keys()],
    two: [...table.byTwoWords.keys()],
    prefixes: table.prefixes.map(entry),
    loose: table.loose.map(entry),
    looseWide: table.looseWide.map(entry),
    patterns: table.patterns.map((p) => [p.literal ?? 0, of(p.def)]),
    statusOnly: [...table.statusOnly].map(([k, list]) => [k, list.map(of)]),
    codeOnly: table.codeOnly.map(of),
  };
  const lines = [head, ...defs, ...[...table.byFirstWord.values(), ...table.byTwoWords.values()].map((list) => list.map(entry))].map((v) => JSON.stringify(v));
  // JSON.stringify leaves no line break inside a value (it writes \n), so each value is one line. Every character past
  // ASCII as a \u escape: the file is read as Latin-1, the fastest decoding there is.
  return lines.join('\n').replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A word index read on demand: a bucket's line is parsed the first time a reply has its key (until then the Map holds
 * the bucket's number, which no caller sees). Anything else a Map does (iteration, forEach…) reads every bucket
 * first; the keys keep the compiled order.
 */
class LazyBuckets extends Map<string, Indexed[]> {
  private whole = false;

  constructor(
    keys: readonly string[],
    private readonly read: (i: number) => Indexed[],
  ) {
    super();
    const unread = this as unknown as Map<string, number>;
    for (let i = 0; i < keys.length; i++) unread.set(keys[i] as string, i);
  }

  override get(key: string): Indexed[] | undefined {
    const v = super.get(key) as Indexed[] | number | undefined;
    if (typeof v !== 'number') return v;
    const list = this.read(v);
    super.set(key, list);
    return list;
  }

  /** Every bucket read, in place (a key set again keeps its place in a Map). */
  private all(): this {
    if (!this.whole) {
      for (const key of [...super.keys()]) this.get(key);
      this.whole = true;
    }
    return this;
  }

  override forEach(fn: (value: Indexed[], key: string, map: Map<string, Indexed[]>) => void, self?: unknown): void {
    this.all();
    super.forEach(fn, self);
  }
  override entries(): MapIterator<[string, Indexed[]]> {
    this.all();
    return super.entries();
  }
  override values(): MapIterator<Indexed[]> {
    this.all();
    return super.values();
  }
  override [Symbol.iterator](): MapIterator<[string, Indexed[]]> {
    return this.entries();
  }
}

/** The tables a snapshot's JSON lines hold, or null when they do not fit the rule tables of this bundle. */
export function tablesFromJson(json: string): CompiledCues | null {
  const lines = json.split('\n');
  const head = JSON.parse(lines[0] as string) as Head;
  if (head.v !== VERSION || lines.length !== 1 + head.defs + head.first.length + head.two.length) return null;
  const str = head.strings;
  const opt = (i: Ref): string | undefined => (i < 0 ? undefined : str[i]);
  const defs: (CueDef | undefined)[] = new Array<CueDef | undefined>(head.defs);
  const def = (i: number): CueDef => {
    let d = defs[i];
    if (d === undefined) {
      const r = JSON.parse(lines[1 + i] as string) as DefRow;
      defs[i] = d = {
        id: str[r[0]] as string,
        category: str[r[1]] as CueDef['category'],
        provider: r[2] < 0 ? null : (str[r[2]] as string),
        origin: str[r[3]] as CueDef['origin'],
        kind: str[r[4]] as CueDef['kind'],
        weight: r[5],
        symptom: r[6] === 1,
        status: r[7] === 0 ? undefined : r[7],
        codes: r[8] === 0 ? undefined : r[8],
        gated: r[9] === 1,
        documentedStatus: opt(r[10]),
        variant: opt(r[11]),
        source: opt(r[12]),
        text: r[13],
        check: r[14] < 0 ? null : (str[r[14]] as CueDef['check']),
      };
      if (r[15] === 1) d.label = true;
      if (r[16]) d.voids = r[16] as CueDef['category'][];
      if (r[17] === 1) d.hedged = true;
    }
    return d;
  };
  const entry = (e: EntryRow): Indexed => {
    const d = def(e[2]);
    return { text: e[0] === 0 ? d.text : e[0], prefix: (e[1] & 1) !== 0, caseSensitive: (e[1] & 2) !== 0, def: d };
  };
  const bucket = (at: number) => (i: number) => (JSON.parse(lines[at + i] as string) as EntryRow[]).map(entry);
  const res = tablePatterns();
  if (res.length > head.patterns.length) return null;
  const patterns: CompiledCues['patterns'] = [];
  for (let i = 0; i < head.patterns.length; i++) {
    const [literal, d] = head.patterns[i] as [string | 0, number];
    // After the rule tables' patterns, the documented API fields (cues.ts fieldPattern): the pattern is made here, by
    // the bundle's own code, from the cue's literal words — or the snapshot is not used.
    const re = i < res.length ? (res[i] as RegExp) : fieldPattern(def(d).text);
    if (re === null || (i < res.length && def(d).text !== re.source)) return null;
    patterns.push({ re, literal: literal === 0 ? null : literal, def: def(d) });
  }
  let meanings: ReturnType<typeof documentedMeanings> | null = null;
  let all: CueDef[] | null = null;
  return {
    byFirstWord: new LazyBuckets(head.first, bucket(1 + head.defs)),
    byTwoWords: new LazyBuckets(head.two, bucket(1 + head.defs + head.first.length)),
    prefixes: head.prefixes.map(entry),
    loose: head.loose.map(entry),
    looseWide: head.looseWide.map(entry),
    patterns,
    statusOnly: new Map(head.statusOnly.map(([k, list]) => [k, list.map(def)])),
    codeOnly: head.codeOnly.map(def),
    // Every cue, read (no run of the CLI asks for them all).
    get all() {
      return (all ??= Array.from({ length: head.defs }, (_, i) => def(i)));
    },
    meanings: (phrase, own, caseSensitive) => (meanings ??= documentedMeanings(KNOWLEDGE))(phrase, own, caseSensitive),
  };
}

/** The digest a snapshot file's first line carries: of its JSON lines. */
export const snapshotDigest = (json: string): string => createHash('sha256').update(json).digest('hex').slice(0, 32);

/** A snapshot file's bytes: the first line, then the JSON lines. */
export const snapshotFile = (json: string): string => `${SNAPSHOT_MAGIC} ${snapshotDigest(json)}\n${json}`;

/**
 * Installs the tables of the snapshot file at `path` when it is ours and the one this bundle was built with
 * (`digest`): a regular file owned by `ownerUid` that others cannot write. Returns whether it did; when it did not,
 * the tables are compiled on first use as usual.
 */
export function useCueSnapshot(path: string, digest: string, ownerUid: number): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.uid !== ownerUid || (st.mode & 0o022) !== 0) return false;
    const text = readFileSync(fd, 'latin1');
    const eol = text.indexOf('\n');
    if (eol < 0 || text.slice(0, eol) !== `${SNAPSHOT_MAGIC} ${digest}`) return false;
    // The JSON is ASCII (snapshotJson escapes the rest), so Latin-1 reads it as written.
    const tables = tablesFromJson(text.slice(eol + 1));
    if (!tables) return false;
    installCues(tables);
    return true;
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}
