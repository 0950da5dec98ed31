/**
 * The cue tables compiled at build time (lib/node/cue-snapshot.ts, dist/cli-cues.json): read back, they are the tables
 * compileCues makes with every documented phrase settled — field by field, entry by entry, in order, with the rule
 * tables' own patterns — and every verdict over the knowledge tables' own texts is the same with either; a snapshot
 * that does not fit, is not the one the bundle was built with, or could have been written by others is not used.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCues, cues, fieldPattern, installCues, settle, type CompiledCues, type CueDef } from '../../lib/diagnosis/cues';
import { KNOWLEDGE } from '../../lib/diagnosis/knowledge/index';
import { PROVIDERS } from '../../lib/diagnosis/providers';
import { GENERAL_RULES } from '../../lib/diagnosis/rules/index';
import { score } from '../../lib/diagnosis/score';
import { snapshotFile, snapshotJson, tablesFromJson, useCueSnapshot } from '../../lib/node/cue-snapshot';

const root = join(__dirname, '../..');
const compile = () => compileCues(GENERAL_RULES, PROVIDERS, KNOWLEDGE);

/** Every field of a cue, as a plain object (status and codes as arrays). */
const fields = (d: CueDef) => ({ ...d, status: d.status ? [...d.status] : d.status, codes: d.codes ? [...d.codes] : d.codes });

describe('the cue tables read back from a snapshot', () => {
  const json = snapshotJson();
  const read = tablesFromJson(json) as CompiledCues;
  const settled = compile();
  for (const d of settled.all) settle(settled, d);

  it('hold every cue of the compiled tables, settled, field by field and in order', () => {
    expect(read).not.toBeNull();
    expect(read.all.length).toBe(settled.all.length);
    expect(read.all.length).toBeGreaterThan(1000);
    expect(read.all.map(fields)).toEqual(settled.all.map(fields));
    // Some phrases are weighed as ambiguous when settled: the snapshot carries that, not the unsettled weight.
    const unsettled = compile().all;
    expect(read.all.some((d, i) => d.weight !== unsettled[i]?.weight)).toBe(true);
  });

  it('index the same texts under the same keys, in the same order, each pointing at its own cue', () => {
    const position = new Map(read.all.map((d, i) => [d, i]));
    const settledPosition = new Map(settled.all.map((d, i) => [d, i]));
    const entries = (list: CompiledCues['prefixes'], at: Map<CueDef, number>) => list.map((e) => [e.text, e.prefix, e.caseSensitive, at.get(e.def)]);
    const buckets = (m: Map<string, CompiledCues['prefixes']>, at: Map<CueDef, number>) => [...m].map(([k, list]) => [k, entries(list, at)]);
    expect(buckets(read.byFirstWord, position)).toEqual(buckets(settled.byFirstWord, settledPosition));
    expect(buckets(read.byTwoWords, position)).toEqual(buckets(settled.byTwoWords, settledPosition));
    expect(entries(read.prefixes, position)).toEqual(entries(settled.prefixes, settledPosition));
    expect(entries(read.loose, position)).toEqual(entries(settled.loose, settledPosition));
    expect([...read.statusOnly].map(([k, l]) => [k, l.map((d) => position.get(d))])).toEqual([...settled.statusOnly].map(([k, l]) => [k, l.map((d) => settledPosition.get(d))]));
    expect(read.codeOnly.map((d) => position.get(d))).toEqual(settled.codeOnly.map((d) => settledPosition.get(d)));
    // Every cue an entry points at is one of the table's own (one object per cue, as compiled).
    for (const list of [...read.byFirstWord.values(), ...read.byTwoWords.values(), read.prefixes, read.loose]) for (const e of list) expect(position.has(e.def)).toBe(true);
  });

  it("keep the rule tables' own patterns with the same pre-checks, and make the documented API fields' anew", () => {
    expect(read.patterns.length).toBe(settled.patterns.length);
    let fields = 0;
    read.patterns.forEach((p, i) => {
      const s = settled.patterns[i] as CompiledCues['patterns'][number];
      // A documented field's pattern is made from its cue's words (cues.ts fieldPattern): the same pattern, not the same object.
      if (fieldPattern(s.def.text)) {
        fields++;
        expect([p.re.source, p.re.flags]).toEqual([s.re.source, s.re.flags]);
      } else expect(p.re).toBe(s.re);
      expect(p.literal).toBe(s.literal);
      expect(read.all.indexOf(p.def)).toBe(settled.all.indexOf(s.def));
    });
    expect(fields).toBeGreaterThan(0);
  });

  it('give every verdict the compiled tables give, on every documented text of the knowledge tables', () => {
    const inputs = KNOWLEDGE.flatMap((k) => k.replies.map((e) => ({ reply: e.text, code: null, enhanced: e.status?.replace(/^x\./, '5.') ?? null, provider: k.id })));
    expect(inputs.length).toBeGreaterThan(1000);
    const run = (table: CompiledCues) => {
      installCues(table);
      expect(cues()).toBe(table);
      return inputs.map((input) => JSON.stringify(score(input)));
    };
    const compiled = run(compile());
    const fromSnapshot = run(tablesFromJson(json) as CompiledCues);
    installCues(compile());
    expect(fromSnapshot).toEqual(compiled);
  });

  it('look a bucket up on demand: each as compiled, before anything else is read', () => {
    const fresh = tablesFromJson(json) as CompiledCues;
    const position = new Map(settled.all.map((d, i) => [d, i]));
    for (const [key, list] of [...settled.byTwoWords].reverse()) {
      const got = fresh.byTwoWords.get(key) as CompiledCues['prefixes'];
      expect(got.map((e) => [e.text, e.prefix, e.caseSensitive, fields(e.def)])).toEqual(list.map((e) => [e.text, e.prefix, e.caseSensitive, fields(e.def)]));
      expect(fresh.byTwoWords.get(key)).toBe(got);
      expect(position.has(list[0]?.def as CueDef)).toBe(true);
    }
    expect(fresh.byFirstWord.get('no-such-word')).toBeUndefined();
    expect(fresh.byFirstWord.size).toBe(settled.byFirstWord.size);
    expect([...fresh.byTwoWords.keys()]).toEqual([...settled.byTwoWords.keys()]);
  });

  it('is plain ASCII, and refuses tables that do not fit the rule tables of the bundle', () => {
    expect(/^[\x20-\x7e\n]*$/.test(json)).toBe(true);
    const [first = '', ...rest] = json.split('\n');
    const head = JSON.parse(first) as { patterns: unknown[]; v: number };
    const withHead = (h: unknown) => [JSON.stringify(h), ...rest].join('\n');
    expect(tablesFromJson(withHead(head))).not.toBeNull();
    expect(tablesFromJson(withHead({ ...head, patterns: head.patterns.slice(1) }))).toBeNull();
    const swapped = head.patterns.map((p) => [...(p as unknown[])]);
    [swapped[0], swapped[1]] = [swapped[1] as unknown[], swapped[0] as unknown[]];
    expect(tablesFromJson(withHead({ ...head, patterns: swapped }))).toBeNull();
    expect(tablesFromJson(withHead({ ...head, v: 0 }))).toBeNull();
    expect(tablesFromJson(rest.slice(0, -1).join('\n'))).toBeNull();
    expect(tablesFromJson([first, ...rest.slice(1)].join('\n'))).toBeNull();
  });
});

describe('useCueSnapshot', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bd-cues-'));
  const path = join(dir, 'cli-cues.json');
  const file = snapshotFile(snapshotJson());
  const digest = (file.split('\n')[0] as string).split(' ').pop() as string;
  const uid = process.getuid?.() ?? 0;
  afterAll(() => installCues(compile()));

  it('installs the snapshot the bundle was built with', () => {
    writeFileSync(path, file);
    chmodSync(path, 0o644);
    installCues(compile());
    const before = cues();
    expect(useCueSnapshot(path, digest, uid)).toBe(true);
    expect(cues()).not.toBe(before);
  });

  it('ignores another build’s snapshot, a missing one, one others could write and one owned by someone else', () => {
    writeFileSync(path, file);
    chmodSync(path, 0o644);
    expect(useCueSnapshot(path, '0'.repeat(32), uid)).toBe(false);
    expect(useCueSnapshot(join(dir, 'none.json'), digest, uid)).toBe(false);
    expect(useCueSnapshot(path, digest, uid + 1)).toBe(false);
    chmodSync(path, 0o664);
    expect(useCueSnapshot(path, digest, uid)).toBe(false);
    chmodSync(path, 0o644);
    writeFileSync(path, file.replace(/"v":\d+/, '"v":0'));
    expect(useCueSnapshot(path, digest, uid)).toBe(false);
  });
});

describe('the built CLI and its cue snapshot', () => {
  // The build takes about 6 s alone and more while the other test files run (three of them build it): not 10 s.
  beforeAll(() => {
    execFileSync('node', ['scripts/build-cli.mjs'], { cwd: root });
  }, 120_000);

  /** Runs a copy of dist/ (other test files rebuild dist/ meanwhile) over the fixtures: its output, and the snapshot's use. */
  function run(dist: string): { used: boolean; knowledge: boolean; out: string } {
    const script = `
      const m = await import(${JSON.stringify(join(dist, 'cli.mjs'))});
      let out = '';
      const sink = { write: (s) => { out += s; return true; }, on: () => undefined };
      await m.main(['diagnose', '--format', 'jsonl', ${JSON.stringify(join(root, 'test/fixtures'))}], { stdout: sink, stderr: sink, stdin: [], env: {} });
      process.stdout.write(JSON.stringify({ used: m.usedCueSnapshot(), knowledge: m.knowledgeLoaded(), out }));`;
    const res = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(res.stderr).toBe('');
    return JSON.parse(res.stdout) as { used: boolean; knowledge: boolean; out: string };
  }

  it('diagnoses with the snapshot it was built with (never reading the knowledge tables), and answers as it does without it', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bd-dist-'));
    for (const f of ['cli.mjs', 'cli.cjs', 'cli-cues.json']) copyFileSync(join(root, 'dist', f), join(dist, f));
    chmodSync(join(dist, 'cli-cues.json'), 0o644);
    const withSnapshot = run(dist);
    expect(withSnapshot.used).toBe(true);
    // The knowledge tables are never read then (lib/node/knowledge-lazy.ts): every cue of the snapshot is settled.
    expect(withSnapshot.knowledge).toBe(false);
    expect(withSnapshot.out.split('\n').length).toBeGreaterThan(50);
    // Another build's snapshot (a digest the bundle does not carry) is not used; the answers are the same.
    writeFileSync(join(dist, 'cli-cues.json'), readFileSync(join(dist, 'cli-cues.json'), 'latin1').replace(/^(\S+ \S+ v\d+ )\w/, '$1z'), 'latin1');
    const without = run(dist);
    expect(without.used).toBe(false);
    // Compiled on first use, the cue tables read them, through the same stand-in.
    expect(without.knowledge).toBe(true);
    expect(without.out).toBe(withSnapshot.out);
  });
});
