/**
 * The CLI's stand-in for the knowledge tables (lib/node/knowledge-lazy.ts, put in their place by scripts/build-cli.mjs):
 * built as the CLI's bundle builds it, it reads nothing until asked, then is the same array in every way the engine uses
 * it — iterated, mapped, measured — and the cue tables compiled from it are those compiled from the tables themselves.
 */
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCues } from '../../lib/diagnosis/cues';
import { KNOWLEDGE } from '../../lib/diagnosis/knowledge/index';
import type { KnowledgeSource } from '../../lib/diagnosis/knowledge/types';
import { PROVIDERS } from '../../lib/diagnosis/providers';
import { GENERAL_RULES } from '../../lib/diagnosis/rules/index';
import { snapshotJson } from '../../lib/node/cue-snapshot';

const root = join(__dirname, '../..');

/** lib/node/knowledge-lazy.ts bundled on its own as the CLI bundles it (CommonJS, the tables behind require()). */
async function bundled(): Promise<{ KNOWLEDGE: readonly KnowledgeSource[]; knowledgeLoaded: () => boolean }> {
  const out = await build({ absWorkingDir: root, entryPoints: ['lib/node/knowledge-lazy.ts'], bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'error' });
  const file = join(mkdtempSync(join(tmpdir(), 'bd-knowledge-')), 'knowledge.cjs');
  writeFileSync(file, out.outputFiles[0]?.text ?? '');
  return createRequire(file)(file) as { KNOWLEDGE: readonly KnowledgeSource[]; knowledgeLoaded: () => boolean };
}

describe("the CLI's knowledge tables, read on first use", () => {
  it('read nothing until asked, then are the same array', async () => {
    const lazy = await bundled();
    expect(lazy.knowledgeLoaded()).toBe(false);
    expect(Array.isArray(lazy.KNOWLEDGE)).toBe(true);
    expect(lazy.knowledgeLoaded()).toBe(false);
    expect(lazy.KNOWLEDGE.length).toBe(KNOWLEDGE.length);
    expect(lazy.knowledgeLoaded()).toBe(true);
    expect([...lazy.KNOWLEDGE]).toEqual([...KNOWLEDGE]);
    expect(lazy.KNOWLEDGE.flatMap((k) => k.replies.map((r) => r.text))).toEqual(KNOWLEDGE.flatMap((k) => k.replies.map((r) => r.text)));
    expect(Object.keys(lazy.KNOWLEDGE)).toEqual(Object.keys(KNOWLEDGE));
    expect(0 in lazy.KNOWLEDGE && !(KNOWLEDGE.length in lazy.KNOWLEDGE)).toBe(true);
  });

  it('compile into the cue tables the knowledge tables themselves compile into', async () => {
    const lazy = await bundled();
    expect(snapshotJson(compileCues(GENERAL_RULES, PROVIDERS, lazy.KNOWLEDGE))).toBe(snapshotJson(compileCues(GENERAL_RULES, PROVIDERS, KNOWLEDGE)));
  });
});
