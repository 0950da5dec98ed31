/** Loads ../shared/corpus/sisimai (beside the project) for benchmarks; null with a message when it is absent. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface ExpectedRow {
  deliverystatus: string;
  replycode: string;
  reason: string;
  hardbounce: boolean;
}

export interface CorpusMail {
  name: string;
  bytes: Uint8Array;
  expected: ExpectedRow[] | null;
}

export interface Corpus {
  dir: string;
  mails: CorpusMail[];
  notBounces: CorpusMail[];
}

export function corpusDir(): string {
  return resolve(process.env.BOUNCE_CORPUS ?? join(process.cwd(), '..', 'shared', 'corpus', 'sisimai'));
}

export function loadCorpus(): Corpus | null {
  const dir = corpusDir();
  if (!existsSync(join(dir, 'eml'))) return null;
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, ExpectedRow[]>;
  const read = (sub: string) =>
    readdirSync(join(dir, sub))
      .filter((f) => f.endsWith('.eml'))
      .sort()
      .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, sub, name))), expected: expected[name] ?? null }));
  const notDir = join(dir, 'not-bounces');
  return { dir, mails: read('eml'), notBounces: existsSync(notDir) ? read('not-bounces') : [] };
}

/**
 * Our category → the Sisimai reasons it corresponds to, read from taxonomy.md beside the corpus (../shared/docs, the
 * public contract), so the mapping is never copied into the project. Null when the file is not there.
 */
export function taxonomyReasons(dir: string = corpusDir()): Map<string, Set<string>> | null {
  const path = join(dir, '..', '..', 'docs', 'taxonomy.md');
  if (!existsSync(path)) return null;
  const map = new Map<string, Set<string>>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^\|\s*`([a-z-]+)`\s*\|.*\|\s*([a-z, ]+?)\s*\|\s*$/.exec(line);
    if (m?.[1] && m[2]) map.set(m[1], new Set(m[2].split(/,\s*/)));
  }
  return map;
}
