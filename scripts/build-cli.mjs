// Bundles the CLI (lib/cli/main.ts and the engine) for `npx bounce-doctor`. Runs in postinstall.
//   dist/cli.cjs    the whole CLI, minified, as one CommonJS script (languages other than English and postal-mime stay
//                   wrapped until a run asks for them)
//                   (ASCII only: see asciiRegexes below)
//   dist/cli.mjs    the loader bin/bounce-doctor.mjs imports: compiles dist/cli.cjs with the V8 code cache below
//   dist/cli-cues.json  the engine's cue tables, compiled and settled here (lib/node/cue-snapshot.ts) rather than at
//                   every run; the bundle carries the digest of this very file and ignores any other
//   dist/cli.cache  V8's code cache for dist/cli.cjs, made here after a warm-up run over the project's own fixtures
//                   (so the functions a run needs are in it, not only the top level), headed by a digest of the
//                   bundle, the Node version and the platform: the loader ignores it when any of them differs.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
// Files are written under a temporary name and renamed: two builds at once (test files run in parallel) never leave
// a half-written bundle or cache for the other to load.
const tmp = (name) => `${dist}${name}.${process.pid}.tmp`;
// A fresh clone has no dist/ yet (it is not in git).
mkdirSync(dist, { recursive: true });

// The cue tables, compiled by the engine's own code (bundled from source for this), written as dist/cli-cues.json.
const maker = await build({
  absWorkingDir: root,
  stdin: {
    contents: "export { snapshotJson, snapshotFile, snapshotDigest } from './lib/node/cue-snapshot'; export { literalTableJson } from './lib/node/literal-rows';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  write: false,
});
const makerPath = `${dist}cues-maker.${process.pid}.tmp.mjs`;
writeFileSync(makerPath, maker.outputFiles[0].contents);
let cuesJson;
let cuesFile;
let literalTable;
try {
  const { snapshotJson, snapshotFile, literalTableJson } = await import(pathToFileURL(makerPath).href);
  cuesJson = snapshotJson();
  cuesFile = snapshotFile(cuesJson);
  literalTable = literalTableJson();
} finally {
  rmSync(makerPath, { force: true });
}
const cuesDigest = cuesFile.slice(0, cuesFile.indexOf('\n')).split(' ').pop();
writeFileSync(tmp('cli-cues.json'), cuesFile, { encoding: 'latin1', mode: 0o644 });
renameSync(tmp('cli-cues.json'), `${dist}cli-cues.json`);

/**
 * The engine's pre-checks module (lib/engine/literal.ts) is replaced in the CLI by lib/node/literal-table.ts, which
 * answers from the table made above (__BD_LITERALS__) instead of reading every guarded pattern at every start.
 */
const literalTablePlugin = {
  name: 'literal-table',
  setup(b) {
    b.onResolve({ filter: /(?:^|\/)literal$/ }, (args) => {
      const target = join(args.resolveDir, `${args.path}.ts`);
      if (target !== join(root, 'lib/engine/literal.ts') || args.importer === join(root, 'lib/node/literal-table.ts')) return undefined;
      return { path: join(root, 'lib/node/literal-table.ts') };
    });
  },
};

/**
 * The knowledge tables (lib/diagnosis/knowledge/index.ts) are replaced in the CLI by lib/node/knowledge-lazy.ts, which
 * reads them on first use: a run with the cue snapshot never uses them.
 */
const lazyKnowledgePlugin = {
  name: 'lazy-knowledge',
  setup(b) {
    b.onResolve({ filter: /(?:^|\/)knowledge\/index$/ }, (args) => {
      const target = join(args.resolveDir, `${args.path}.ts`);
      if (target !== join(root, 'lib/diagnosis/knowledge/index.ts') || args.importer === join(root, 'lib/node/knowledge-lazy.ts')) return undefined;
      return { path: join(root, 'lib/node/knowledge-lazy.ts') };
    });
  },
};

const bundle = await build({
  absWorkingDir: root,
  entryPoints: ['lib/cli/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: true,
  logLevel: 'warning',
  legalComments: 'none',
  write: false,
  outdir: dist,
  define: { __BD_CUES_DIGEST__: JSON.stringify(cuesDigest), __BD_LITERALS__: JSON.stringify(literalTable) },
  plugins: [literalTablePlugin, lazyKnowledgePlugin],
});
const [out] = bundle.outputFiles;
writeFileSync(tmp('cli.cjs'), await asciiRegexes(out.text));
renameSync(tmp('cli.cjs'), `${dist}cli.cjs`);
const loader = await build({
  absWorkingDir: root,
  entryPoints: ['lib/node/load-cli.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  write: false,
  outdir: dist,
});
writeFileSync(tmp('cli.mjs'), loader.outputFiles[0].contents);
renameSync(tmp('cli.mjs'), `${dist}cli.mjs`);

// The code cache, made in a process of its own (the same Node and flags as a user's run), after a warm-up.
rmSync(tmp('cli.cache'), { force: true });
const made = spawnSync(process.execPath, ['--input-type=module', '-e', `
  import { writeCodeCache } from ${JSON.stringify(new URL('../dist/cli.mjs', import.meta.url).href)};
  await writeCodeCache(${JSON.stringify(tmp('cli.cache'))});
`], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (made.status === 0) renameSync(tmp('cli.cache'), `${dist}cli.cache`);
else {
  rmSync(tmp('cli.cache'), { force: true });
  console.warn('build-cli: the code cache could not be made; the CLI works without it (a little slower to start).');
}

/**
 * esbuild writes strings and templates in ASCII, but not regular expression literals: the few that hold other
 * characters (German, French, Japanese notice wordings) made the whole bundle a two-byte string for V8, decoded from
 * UTF-8 at every start (~20 ms more than reading it as Latin-1). Each such literal becomes `new RegExp("…", flags)`
 * with the same pattern written with \u escapes: the same source, flags and matches (checked here, literal by
 * literal). Needs TypeScript's parser (a dev dependency); without it the bundle stays as it is and the loader decodes
 * it as UTF-8.
 */
async function asciiRegexes(code) {
  let ts;
  try {
    ts = (await import('typescript')).default;
  } catch {
    return code;
  }
  const file = ts.createSourceFile('cli.cjs', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && /[^\x20-\x7e]/.test(node.text)) {
      const literal = node.text;
      const slash = literal.lastIndexOf('/');
      const re = new RegExp(literal.slice(1, slash), literal.slice(slash + 1));
      const pattern = JSON.stringify(re.source).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      const again = new RegExp(JSON.parse(pattern), re.flags);
      if (again.source !== re.source || again.flags !== re.flags) throw new Error(`build-cli: cannot rewrite ${literal}`);
      edits.push({ start: node.getStart(file), end: node.end, text: `(new RegExp(${pattern},${JSON.stringify(re.flags)}))` });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let ascii = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) ascii = ascii.slice(0, e.start) + e.text + ascii.slice(e.end);
  return ascii;
}
