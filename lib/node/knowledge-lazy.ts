/**
 * The knowledge tables (lib/diagnosis/knowledge/index.ts) for the CLI's bundle, read only when something asks for them
 * (scripts/build-cli.mjs puts this module in their place). A run with the cue tables compiled at build time
 * (cue-snapshot.ts) never does — every cue in the snapshot is already settled — yet building the tables (over half
 * the bundle's source: thousands of documented replies) cost every start ~35 ms: V8 reading their code from the code
 * cache, running it, and collecting what it made. Here KNOWLEDGE stands for the same array: the first access of any
 * kind (iteration, length, an element, flatMap…) loads the tables, through a require() that esbuild resolves to the
 * module behind a lazy initializer. Without the snapshot (compiled on first use) or when a phrase must be settled,
 * the tables are read then, and everything answers as before.
 */
import type { KnowledgeSource } from '../diagnosis/knowledge/types';

let tables: readonly KnowledgeSource[] | undefined;

/** Whether the tables have been read in this process (for the tests). */
export const knowledgeLoaded = (): boolean => tables !== undefined;

const load = (): readonly KnowledgeSource[] =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- esbuild puts a require()d module behind a lazy initializer; an import would run it at start
  (tables ??= (require('../diagnosis/knowledge/index') as typeof import('../diagnosis/knowledge/index')).KNOWLEDGE);

const forward: ProxyHandler<KnowledgeSource[]> = {
  get: (_target, key) => Reflect.get(load(), key),
  has: (_target, key) => Reflect.has(load(), key),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_target, key) => Reflect.getOwnPropertyDescriptor(load(), key),
};

export const KNOWLEDGE: readonly KnowledgeSource[] = new Proxy<KnowledgeSource[]>([], forward);
