// Bundles the CLI (lib/cli/main.ts and the engine) for `npx bounce-doctor`. Runs in postinstall.
//   dist/cli.cjs    the whole CLI, minified, as one CommonJS script (languages other than English and postal-mime stay
//                   wrapped until a run asks for them)
//   dist/cli.mjs    the loader bin/bounce-doctor.mjs imports: compiles dist/cli.cjs with the V8 code cache below
//   dist/cli-cues.json  the engine's cue tables, compiled and settled here (lib/node/cue-snapshot.ts) rather than at
//                   every run; the bundle carries the digest of this very file and ignores any other
//   dist/cli.cache  V8's code cache for dist/cli.cjs, made here after a warm-up run over the project's own fixtures
//                   (so the functions a run needs are in it, not only the top level), headed by a digest of the
//                   bundle, the Node version and the platform: the loader ignores it when any of them differs.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
  stdin: { contents: "export { snapshotJson, snapshotFile, snapshotDigest } from './lib/node/cue-snapshot';", resolveDir: root, loader: 'ts' },
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
try {
  const { snapshotJson, snapshotFile } = await import(pathToFileURL(makerPath).href);
  cuesJson = snapshotJson();
  cuesFile = snapshotFile(cuesJson);
} finally {
  rmSync(makerPath, { force: true });
}
const cuesDigest = cuesFile.slice(0, cuesFile.indexOf('\n')).split(' ').pop();
writeFileSync(tmp('cli-cues.json'), cuesFile, { encoding: 'latin1', mode: 0o644 });
renameSync(tmp('cli-cues.json'), `${dist}cli-cues.json`);

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
  define: { __BD_CUES_DIGEST__: JSON.stringify(cuesDigest) },
});
const [out] = bundle.outputFiles;
writeFileSync(tmp('cli.cjs'), out.contents);
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
