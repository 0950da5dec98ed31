/**
 * `npm run bench`: the engine's speed, in process. Prints one table of figures with their budgets and marks any over
 * budget. Times are measured here only, never in unit tests.
 *   - throughput over ../shared/corpus/sisimai (mails per second, MB/s), best of several rounds
 *   - linear time on adversarial inputs (1 MB and 5 MB of digits, dashes, dots, spaces, one repeated character,
 *     addresses and codes, deeply nested MIME), and of the tolerant paste reader on 2 MB pastes (the popup's limit)
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import PostalMime, { decodeWords } from 'postal-mime';
import { diagnoseRecipient } from '../lib/diagnosis/diagnose';
import type { FailedRecipient } from '../lib/engine/types';
import { readBounceBytes } from '../lib/engine/input';
import { installFastBlob } from '../lib/node/fast-blob';
import { installFastLatin1 } from '../lib/node/fast-latin1';
import { installFastMime, quickMime } from '../lib/node/fast-mime';
import { useQuickMime } from '../lib/engine/mime-hook';
import { readBounce, readPastedText, readText } from '../lib/engine/read';
import { isDocumentedFailure } from '../lib/diagnosis/documented';
import { readingRank } from '../lib/diagnosis/reading-rank';
import { loadCorpus } from './corpus-data';
import { adversarialInputs, pasteAdversarialInputs } from './adversarial';
import { measureContentCost, measurePopup } from './content-cost';
import { measureContentSoak } from './content-soak';
import { measureHostile } from './hostile';

interface Row {
  figure: string;
  value: string;
  budget: string;
  ok: boolean;
  /** A goal an issue set (not a budget the product holds): printed as a target, not counted as over budget. */
  target?: string;
}
installFastBlob();
installFastMime();
installFastLatin1();
const rows: Row[] = [];
const now = () => performance.now();

async function throughput(): Promise<void> {
  const corpus = loadCorpus();
  if (!corpus) {
    console.log('bench: ../shared/corpus/sisimai is not there; corpus throughput skipped.');
    return;
  }
  const mails = corpus.mails.map((m) => m.bytes);
  const bytes = mails.reduce((n, m) => n + m.length, 0);
  for (const m of mails) await readBounceBytes(m); // warm-up
  // This machine's speed drifts for seconds at a time (shared cores): take the best round of many over 4 s or more.
  let best = Infinity;
  const started = now();
  for (let round = 0; round < 200 && (round < 20 || now() - started < 4000); round++) {
    const t0 = now();
    for (const m of mails) await readBounceBytes(m);
    best = Math.min(best, now() - t0);
  }
  const perSecond = (mails.length / best) * 1000;
  rows.push({ figure: `corpus throughput (${mails.length} mails, one core)`, value: `${perSecond.toFixed(0)} mails/s`, budget: '≥ 5,000 mails/s', ok: perSecond >= 5000 });
  rows.push({ figure: 'corpus throughput against the in-process target', value: `${perSecond.toFixed(0)} mails/s`, budget: '≥ 15,000 mails/s', ok: perSecond >= 15000, target: 'issue 13, ended blocked' });
  // The extension reads a dropped .eml with postal-mime only (fast-mime.ts is Node's): the same loop that way, for scale.
  useQuickMime(null);
  let slowBest = Infinity;
  for (let round = 0; round < 10; round++) {
    const t0 = now();
    for (const m of mails) await readBounceBytes(m);
    slowBest = Math.min(slowBest, now() - t0);
  }
  installFastMime();
  rows.push({ figure: 'corpus throughput with postal-mime alone as the MIME parser (as the extension reads files)', value: `${((mails.length / slowBest) * 1000).toFixed(0)} mails/s`, budget: '—', ok: true });
  rows.push({ figure: 'corpus throughput', value: `${((bytes / 1048576 / best) * 1000).toFixed(1)} MB/s`, budget: '—', ok: true });
  // For scale: postal-mime alone, the extension's MIME parser; in Node the engine reads most mails with its own
  // (lib/node/fast-mime.ts, installed above) and hands the others to postal-mime.
  const quick = mails.filter((m) => quickMime(m, decodeWords) !== null).length;
  let mimeBest = Infinity;
  for (let round = 0; round < 10; round++) {
    const t0 = now();
    for (const m of mails) await PostalMime.parse(m, { attachmentEncoding: 'utf8', forceRfc822Attachments: true });
    mimeBest = Math.min(mimeBest, now() - t0);
  }
  rows.push({ figure: `for scale: postal-mime alone (in Node, ${quick} of these ${mails.length} mails are parsed by fast-mime.ts instead)`, value: `${((mails.length / mimeBest) * 1000).toFixed(0)} mails/s`, budget: '—', ok: true });
}

async function adversarial(): Promise<void> {
  for (const { name, text } of adversarialInputs()) {
    const t0 = now();
    if (text.startsWith('Content-Type') || text.startsWith('From:')) await readBounce(text);
    else readText(text);
    const ms = now() - t0;
    const mb = text.length / 1048576;
    const budget = mb >= 4 ? 1000 : 300;
    rows.push({ figure: `adversarial: ${name} (${mb.toFixed(0)} MB)`, value: `${ms.toFixed(0)} ms`, budget: `< ${budget} ms`, ok: ms < budget });
  }
}

/** The paste reader on hostile pastes as large as the popup takes (it also runs the strict reader first). */
function pasteAdversarial(): void {
  for (const { name, text } of pasteAdversarialInputs()) {
    const t0 = now();
    readPastedText(text, { documented: isDocumentedFailure, rank: readingRank });
    const ms = now() - t0;
    rows.push({ figure: `adversarial: ${name}`, value: `${ms.toFixed(0)} ms`, budget: '< 1000 ms', ok: ms < 1000 });
  }
}

/**
 * The CLI as a user runs it: one process over every mail of the corpus (`bounce-doctor diagnose --format jsonl …`),
 * best of three, beside an empty Node process for scale. Processor time (user + system, from /usr/bin/time when the
 * machine has it) is printed too: wall time on a shared machine is inflated by the other processes.
 */
async function wholeProcess(): Promise<void> {
  const corpus = loadCorpus();
  const cli = join(process.cwd(), 'bin', 'bounce-doctor.mjs');
  if (!corpus || !existsSync(join(process.cwd(), 'dist', 'cli.mjs'))) {
    console.log('bench: corpus or dist/cli.mjs missing — whole-process CLI time skipped.');
    return;
  }
  const files = [...corpus.mails, ...corpus.notBounces].map((m) => join(corpus.dir, corpus.notBounces.includes(m) ? 'not-bounces' : 'eml', m.name));
  const time = existsSync('/usr/bin/time');
  const run = (args: string[]) => {
    const t0 = now();
    const res = spawnSync(time ? '/usr/bin/time' : process.execPath, time ? ['-f', '%U %S', process.execPath, ...args] : args, { encoding: 'utf8', maxBuffer: 1 << 28 });
    const wall = now() - t0;
    const [user, sys] = (res.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
    return { wall, cpu: time && Number.isFinite(user) && Number.isFinite(sys) ? ((user as number) + (sys as number)) * 1000 : NaN };
  };
  const best = (args: string[]) => [0, 1, 2].map(() => run(args)).reduce((a, b) => (b.wall < a.wall ? b : a));
  const empty = best(['-e', '0']);
  const whole = best([cli, 'diagnose', '--format', 'jsonl', ...files]);
  const cpu = (ms: number) => (Number.isFinite(ms) ? `, processor ${ms.toFixed(0)} ms` : '');
  rows.push({ figure: `CLI whole process over the corpus (${files.length} mails), best of 3`, value: `${whole.wall.toFixed(0)} ms${cpu(whole.cpu)}`, budget: '≤ 150 ms (629 mails)', ok: whole.wall <= 150, target: 'issue 13, ended blocked' });
  rows.push({ figure: 'for scale: an empty Node process (node -e 0)', value: `${empty.wall.toFixed(0)} ms${cpu(empty.cpu)}`, budget: '—', ok: true });
  startup();
}

/**
 * The CLI's start-up, in processor time: loading dist/cli.mjs (the bundle compiled with its V8 code cache, load-cli.ts)
 * beside the same bundle copied without the cache, in alternation, best of seven each; and a fresh process's first
 * diagnosis (compiling the cue tables, the first documented-meanings search), which every run pays once.
 */
function startup(): void {
  const dist = join(process.cwd(), 'dist');
  if (!existsSync(join(dist, 'cli.cache'))) {
    console.log('bench: dist/cli.cache missing (run npm run build:cli) — start-up figures skipped.');
    return;
  }
  const bare = mkdtempSync(join(tmpdir(), 'bd-nocache-'));
  for (const f of ['cli.mjs', 'cli.cjs']) copyFileSync(join(dist, f), join(bare, f));
  const fixture = join(process.cwd(), 'test', 'fixtures', 'bounces', 'postfix.eml');
  const load = (dir: string) => {
    const script = `
      const c0 = process.cpuUsage();
      const m = await import(${JSON.stringify(pathToFileURL(join(dir, 'cli.mjs')).href)});
      const c1 = process.cpuUsage(c0);
      const sink = { write: () => true, on: () => undefined };
      await m.main(['diagnose', '--format', 'jsonl', ${JSON.stringify(fixture)}], { stdout: sink, stderr: sink, stdin: [], env: {} });
      const c2 = process.cpuUsage(c0);
      console.log(JSON.stringify({ used: m.usedCodeCache, load: (c1.user + c1.system) / 1000, first: (c2.user + c2.system - c1.user - c1.system) / 1000 }));`;
    const res = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    return JSON.parse(res.stdout) as { used: boolean; load: number; first: number };
  };
  const cached: ReturnType<typeof load>[] = [];
  const uncached: ReturnType<typeof load>[] = [];
  for (let i = 0; i < 7; i++) {
    cached.push(load(dist));
    uncached.push(load(bare));
  }
  rmSync(bare, { recursive: true, force: true });
  const min = (xs: number[]) => Math.min(...xs);
  const withCache = min(cached.map((r) => r.load));
  const without = min(uncached.map((r) => r.load));
  const used = cached.every((r) => r.used) && uncached.every((r) => !r.used);
  rows.push({ figure: 'CLI start-up: loading dist/cli.mjs, processor time, with / without its code cache (best of 7)', value: `${withCache.toFixed(0)} / ${without.toFixed(0)} ms`, budget: 'cache used and faster', ok: used && withCache < without });
  rows.push({ figure: 'CLI: first diagnosis in a fresh process (cue tables, first reads), processor time', value: `${min(cached.map((r) => r.first)).toFixed(0)} ms`, budget: '—', ok: true });
}

/**
 * Hostile structure (issue 16): each input read by the CLI in its own process and by the popup's reader in Chromium,
 * under a second each; the worst MIME case and the CLI's memory per MB of input are printed on their own rows.
 */
async function hostile(): Promise<void> {
  const results = await measureHostile();
  if (!results) {
    console.log('bench: no dist/cli.mjs (run npm run build:cli) — hostile-structure figures skipped.');
    return;
  }
  for (const r of results) {
    const worst = Math.max(r.cliMs, r.popupMs ?? 0);
    const value = `CLI ${r.cliMs.toFixed(0)} ms (processor ${r.cliCpuMs.toFixed(0)} ms), ${r.cliPeakMb.toFixed(0)} MB` + (r.popupMs === null ? '' : `; popup ${r.popupMs.toFixed(0)} ms`);
    rows.push({ figure: `hostile: ${r.name}`, value, budget: '< 1000 ms', ok: worst < 1000 });
  }
  const mime = results.filter((r) => r.name.startsWith('MIME'));
  const worstCli = mime.reduce((a, b) => (b.cliMs > a.cliMs ? b : a));
  const popupMime = mime.filter((r) => r.popupMs !== null);
  const worstPopup = popupMime.length > 0 ? popupMime.reduce((a, b) => ((b.popupMs ?? 0) > (a.popupMs ?? 0) ? b : a)) : null;
  rows.push({ figure: `worst adversarial MIME, CLI (${worstCli.name})`, value: `${worstCli.cliMs.toFixed(0)} ms`, budget: '< 1000 ms', ok: worstCli.cliMs < 1000 });
  if (worstPopup) rows.push({ figure: `worst adversarial MIME, popup reader (${worstPopup.name})`, value: `${worstPopup.popupMs?.toFixed(0)} ms`, budget: '< 1000 ms', ok: (worstPopup.popupMs ?? 0) < 1000 });
  const perMb = results.filter((r) => r.size > 4 * 1048576).map((r) => ({ r, mb: r.cliPeakMb / (r.size / 1048576) }));
  const worstMb = perMb.reduce((a, b) => (b.mb > a.mb ? b : a));
  rows.push({ figure: `CLI peak memory per MB of input, worst (${worstMb.r.name})`, value: `${worstMb.mb.toFixed(1)} MB/MB`, budget: '≤ 40 MB/MB', ok: worstMb.mb <= 40 });
}

/** Per-reply diagnosis time over every reply the corpus yields (classification, explanation, checklist). */
async function diagnosisTime(): Promise<void> {
  const corpus = loadCorpus();
  if (!corpus) return;
  const facts: FailedRecipient[] = [];
  for (const m of corpus.mails) for (const r of (await readBounceBytes(m.bytes)).recipients) facts.push(r);
  const ctx = { kind: 'failure' as const, original: null };
  // Warm-up: V8 compiles the engine's functions in tiers over their first thousands of calls, and a single pass over
  // the corpus's replies leaves some rounds timing the compiler (pooled median 46–49 µs after one pass, 39–42 after
  // ten, the same code). The first paint of a card or the popup, cold, is measured end to end below.
  for (let pass = 0; pass < 10; pass++) for (const f of facts) diagnoseRecipient(f, ctx);
  const times: number[] = [];
  // Each round's own median too: on a shared host, another machine's burst slows whole rounds, and the best round's
  // median is the code's figure, as the whole-process figure above is the best of 3 (both are printed).
  const roundMedians: number[] = [];
  for (let round = 0; round < 20; round++) {
    const these: number[] = [];
    for (const f of facts) {
      const t0 = now();
      diagnoseRecipient(f, ctx);
      these.push((now() - t0) * 1000);
    }
    times.push(...these);
    these.sort((a, b) => a - b);
    roundMedians.push(these[Math.floor(these.length / 2)] ?? 0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const best = Math.min(...roundMedians);
  const p99 = times[Math.floor(times.length * 0.99)] ?? 0;
  rows.push({ figure: `diagnosis per reply, median (${facts.length} replies × 20, all rounds pooled)`, value: `${median.toFixed(1)} µs`, budget: '≤ 60 µs (issue 12)', ok: median <= 60 });
  rows.push({ figure: 'diagnosis per reply, median of the best of the 20 rounds', value: `${best.toFixed(1)} µs`, budget: '≤ 50 µs', ok: best <= 50 });
  rows.push({ figure: 'diagnosis per reply, p99', value: `${p99.toFixed(1)} µs`, budget: '—', ok: true });
}

/** The engine and its knowledge as the browser gets them: bundled, minified, gzipped. */
async function sizes(): Promise<void> {
  const bundles: [string, string][] = [
    ['reading engine (lib/engine, with postal-mime)', "export * from './lib/engine/read';"],
    ['diagnosis + knowledge texts (lib/diagnosis)', "export * from './lib/diagnosis/diagnose';"],
    ['engine + diagnosis + texts', "export * from './lib/engine/read'; export * from './lib/diagnosis/diagnose';"],
  ];
  for (const [label, contents] of bundles) {
    const stdin = { contents, resolveDir: process.cwd(), loader: 'ts' as const };
    const out = await build({ stdin, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
    const bytes = out.outputFiles[0]?.contents ?? new Uint8Array();
    rows.push({ figure: `gzipped size: ${label}`, value: `${(gzipSync(bytes).length / 1024).toFixed(1)} KB`, budget: '—', ok: true });
  }
  const dir = join(process.cwd(), '.output', 'chrome-mv3');
  if (existsSync(dir)) {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.js')) files.push(p);
      }
    };
    walk(dir);
    for (const f of files.sort()) {
      const gz = gzipSync(readFileSync(f)).length / 1024;
      const isContent = f.includes('content-scripts');
      const budget = isContent ? 40 : null;
      rows.push({ figure: `gzipped: ${f.slice(dir.length + 1)}`, value: `${gz.toFixed(1)} KB`, budget: budget ? `≤ ${budget} KB` : '—', ok: budget === null || gz <= budget });
    }
    // Per page: the JavaScript its HTML loads (entry and modulepreloads), then with the reading engine it fetches once
    // it has painted (postal-mime, for .eml files only, comes on top when a file is dropped).
    const gzOf = (rel: string) => gzipSync(readFileSync(join(dir, rel))).length / 1024;
    // The reader is the chunk of lib/engine/read.ts with every chunk it imports statically (the bundler may move code
    // shared with the message reader into a chunk of its own); the message reader (read-message, bytes, postal-mime)
    // comes only when a file is dropped.
    const staticClosure = (rel: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(rel)) return seen;
      seen.add(rel);
      for (const m of readFileSync(join(dir, rel), 'utf8').matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) staticClosure(`chunks/${m[1] as string}`, seen);
      return seen;
    };
    const readerEntry = files.map((f) => f.slice(dir.length + 1)).find((f) => /^chunks\/read-(?!message-)[\w-]+\.js$/.test(f));
    const reader = readerEntry ? [...staticClosure(readerEntry)] : [];
    for (const page of ['popup', 'report']) {
      const html = join(dir, `${page}.html`);
      if (!existsSync(html)) continue;
      const scripts = [...readFileSync(html, 'utf8').matchAll(/(?:src|href)="\/(chunks\/[\w.-]+\.js)"/g)].map((m) => m[1] as string);
      const atOpen = scripts.reduce((n, f) => n + gzOf(f), 0);
      const withReader = atOpen + reader.filter((f) => !scripts.includes(f)).reduce((n, f) => n + gzOf(f), 0);
      // The budget is the JavaScript a page needs before it paints (issue 12: "popup JS at open ≤ 60 KB gz"). What
      // comes after first paint, only when something is analysed, is printed for scale: the reader, then the whole
      // engine a paste needs (the reader, the diagnosis and its knowledge index, the language's knowledge texts).
      const budget = page === 'popup' ? 60 : null;
      rows.push({ figure: `${page} page: JavaScript at open (${scripts.length} files)`, value: `${atOpen.toFixed(1)} KB`, budget: budget ? `≤ ${budget} KB` : '—', ok: budget === null || atOpen <= budget });
      rows.push({ figure: `${page} page: with the reader, after first paint`, value: `${withReader.toFixed(1)} KB`, budget: '—', ok: true });
      if (page === 'popup') {
        const engine = new Set<string>(reader);
        for (const name of ['diagnose', 'documented', 'load']) {
          const entry = files.map((f) => f.slice(dir.length + 1)).find((f) => new RegExp(`^chunks/${name}-[\\w-]+\\.js$`).test(f));
          if (entry) staticClosure(entry, engine);
        }
        const all = atOpen + [...engine].filter((f) => !scripts.includes(f)).reduce((n, f) => n + gzOf(f), 0);
        rows.push({ figure: 'popup page: with the whole engine, once a paste is analysed (English)', value: `${all.toFixed(1)} KB`, budget: '—', ok: true });
      }
      // A reader in another language also fetches that language's words before the first render (one chunk; English
      // is in the page's own bundle): counted at open and with the reader, for each language.
      if (page !== 'popup') continue;
      const shared = scripts.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
      for (const lang of ['de', 'fr', 'es', 'pt-BR', 'ja']) {
        const words = new RegExp(`import\\(\`\\./(${lang.replace('-', '\\-')}-[\\w-]+\\.js)\`\\)`).exec(shared)?.[1];
        if (!words) continue;
        const extra = gzOf(`chunks/${words}`);
        rows.push({ figure: `popup page in ${lang}: at open / with the reader (+${extra.toFixed(1)} KB of words)`, value: `${(atOpen + extra).toFixed(1)} / ${(withReader + extra).toFixed(1)} KB`, budget: '≤ 60 KB at open', ok: atOpen + extra <= 60 });
      }
    }
  } else console.log('bench: no .output/chrome-mv3 (run npm run build:chrome) — entrypoint sizes skipped.');
}

/** The content script in Chromium on a busy Gmail-like page (needs the Chromium build and a browser). */
async function contentCost(): Promise<void> {
  try {
    const cost = await measureContentCost();
    if (!cost) {
      console.log('bench: no .output/chrome-mv3 (run npm run build:chrome) — content-script cost skipped.');
      return;
    }
    const share = (100 * cost.ourMs) / cost.wallMs;
    rows.push({ figure: `content script main-thread time (busy page, ${(cost.wallMs / 1000).toFixed(0)} s)`, value: `${cost.ourMs.toFixed(0)} ms = ${share.toFixed(2)}%`, budget: '≤ 1%', ok: share <= 1 });
    rows.push({ figure: `message shown → card, median of ${cost.cards}`, value: `${cost.cardMedianMs.toFixed(0)} ms`, budget: '≤ 100 ms', ok: cost.cardMedianMs <= 100 });
    rows.push({ figure: 'message shown → card, p90', value: `${cost.cardP90Ms.toFixed(0)} ms`, budget: '—', ok: true });
    const popup = await measurePopup();
    if (popup) {
      rows.push({ figure: `popup open (navigation start) → diagnosis painted, median of ${popup.runs}`, value: `${popup.medianMs.toFixed(0)} ms`, budget: '≤ 100 ms', ok: popup.medianMs <= 100 });
      rows.push({ figure: "popup: its script's start → diagnosis painted", value: `${popup.scriptToPaintMs.toFixed(0)} ms`, budget: '—', ok: true });
      rows.push({ figure: 'for scale: options page (1.5 KB) as the popup → DOMContentLoaded', value: `${popup.optionsReadyMs.toFixed(0)} ms`, budget: '—', ok: true });
      rows.push({ figure: "not counted: openPopup() → popup navigation start (Chrome's, same for an empty popup)", value: `${popup.beforeNavigationMs.toFixed(0)} ms`, budget: '—', ok: true });
    }
  } catch (error) {
    console.log(`bench: content-script cost skipped (${error instanceof Error ? error.message.split('\n')[0] : error}).`);
  }
}

/** 30 s of bounces swapped and a body churned in Chromium: heap, DOM nodes and card mounts stay flat. */
async function contentSoak(): Promise<void> {
  try {
    const soak = await measureContentSoak(30);
    if (!soak) return;
    const heapGrowth = soak.heapAfterMb - soak.heapBeforeMb;
    const nodeGrowth = soak.nodesAfter - soak.nodesBefore;
    rows.push({ figure: `content soak (${soak.seconds} s, ${soak.swaps} bounces swapped, body churned every 50 ms): JS heap`, value: `${soak.heapBeforeMb.toFixed(1)} → ${soak.heapAfterMb.toFixed(1)} MB`, budget: '≤ +1 MB', ok: heapGrowth <= 1 });
    rows.push({ figure: 'content soak: DOM nodes', value: `${soak.nodesBefore} → ${soak.nodesAfter}`, budget: '≤ +200', ok: nodeGrowth <= 200 });
    rows.push({ figure: 'content soak: cards mounted per bounce shown', value: `${soak.cardsMounted} for ${soak.bouncesShown}`, budget: '1 each', ok: soak.cardsMounted <= soak.bouncesShown + 1 });
  } catch (error) {
    console.log(`bench: content soak skipped (${error instanceof Error ? error.message.split('\n')[0] : error}).`);
  }
}

// `npm run bench -- sizes throughput` runs only the named sections (all of them when none is named).
const sections: Record<string, () => unknown> = { throughput, wholeProcess, diagnosisTime, contentCost, contentSoak, sizes, adversarial, pasteAdversarial, hostile };
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in sections));
if (unknown.length > 0) {
  console.error(`bench: no section ${unknown.join(', ')} (sections: ${Object.keys(sections).join(', ')}).`);
  process.exit(2);
}
for (const [name, run] of Object.entries(sections)) if (asked.length === 0 || asked.includes(name)) await run();
console.table(rows.map((r) => ({ figure: r.figure, value: r.value, budget: r.budget, status: r.ok ? 'ok' : r.target ? `target not met (${r.target})` : 'OVER BUDGET' })));
const over = rows.filter((r) => !r.ok && !r.target);
if (over.length > 0) console.log(`${over.length} figure(s) over budget.`);
const missed = rows.filter((r) => !r.ok && r.target);
if (missed.length > 0) console.log(`${missed.length} target(s) of issues not met (not budgets): ${missed.map((r) => `${r.figure} (${r.target})`).join('; ')}.`);
