/**
 * Hostile structure, timed where users meet it (issue 16): every input of adversarialFiles() — empty MIME parts, deep
 * nesting, header lines, recipients, events, at 100 KB, 2 MB and 9.5 MB — read
 *   - by the CLI, in its own process (`bounce-doctor diagnose FILE`, the bundle in dist/): the time of the read and
 *     diagnosis, and the process's peak memory above what it holds once loaded, per MB of input;
 *   - by the popup's reader (lib/popup/analyze.ts, bundled for the browser) in Chromium, for the inputs the popup
 *     accepts (2 MB at most).
 * Budget: under a second each.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome } from '../test/browser/harness';
import { adversarialFiles, sizeLabel, type AdversarialFile } from './adversarial';

export interface HostileRow {
  name: string;
  size: number;
  cliMs: number;
  /** The same run's processor time (all threads: a figure the machine's other load does not inflate). */
  cliCpuMs: number;
  /** Peak resident memory of the CLI process above its loaded baseline, in MB. */
  cliPeakMb: number;
  /** The popup's reader in Chromium; null when the popup does not take inputs this large. */
  popupMs: number | null;
}

/** Runs in a child process: the CLI's main on one file, timed, with its memory high-water mark. */
const PROBE = `
import { main } from ${JSON.stringify(join(process.cwd(), 'dist/cli.mjs'))};
const sink = { write() { return true; }, isTTY: false };
await main(['diagnose', '--format', 'jsonl', ${JSON.stringify(join(process.cwd(), 'test/fixtures/bounces/gmail.eml'))}], { stdout: sink, stderr: sink, stdin: (async function* () {})(), env: {} });
global.gc?.();
const base = process.resourceUsage().maxRSS;
const t0 = performance.now();
const c0 = process.cpuUsage();
const code = await main(['diagnose', '--format', 'jsonl', process.argv[2]], { stdout: sink, stderr: sink, stdin: (async function* () {})(), env: {} });
const ms = performance.now() - t0;
const cpu = process.cpuUsage(c0);
console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, code, base, peak: process.resourceUsage().maxRSS }));
`;

function cliRuns(files: AdversarialFile[]): { ms: number; cpuMs: number; peakMb: number }[] {
  const dir = mkdtempSync(join(tmpdir(), 'bd-hostile-'));
  try {
    const probe = join(dir, 'probe.mjs');
    writeFileSync(probe, PROBE);
    return files.map((f, i) => {
      const file = join(dir, `input-${i}`);
      writeFileSync(file, f.text);
      const out = JSON.parse(execFileSync('node', ['--expose-gc', probe, file], { encoding: 'utf8', maxBuffer: 1 << 20 })) as { ms: number; cpuMs: number; base: number; peak: number };
      rmSync(file);
      // maxRSS is in kilobytes.
      return { ms: out.ms, cpuMs: out.cpuMs, peakMb: Math.max(0, out.peak - out.base) / 1024 };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The popup's analysis step (lib/popup/analyze.ts), bundled for the browser and run in a blank Chromium page. */
async function popupRuns(files: AdversarialFile[]): Promise<(number | null)[]> {
  const bundle = await build({
    stdin: { contents: "import { analyzeInput } from './lib/popup/analyze'; (globalThis as any).analyzeInput = analyzeInput;", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>reader</title>');
    await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
    const run = (text: string) =>
      page.evaluate(async (t) => {
        const analyze = (globalThis as unknown as { analyzeInput(i: Uint8Array, l: string): Promise<unknown> }).analyzeInput;
        const bytes = new TextEncoder().encode(t);
        const t0 = performance.now();
        await analyze(bytes, 'bench.eml');
        return performance.now() - t0;
      }, text);
    await run('From: a@b.example\nSubject: x\nContent-Type: text/plain\n\n550 5.1.1 warm-up');
    const out: (number | null)[] = [];
    // The popup refuses files over 2 MB (checkInputSize) before reading them.
    for (const f of files) out.push(f.size <= 2 * 1024 * 1024 ? await run(f.text) : null);
    return out;
  } finally {
    await browser.close();
  }
}

export async function measureHostile(): Promise<HostileRow[] | null> {
  if (!existsSync(join(process.cwd(), 'dist/cli.mjs'))) return null;
  const files = adversarialFiles();
  const cli = cliRuns(files);
  let popup: (number | null)[] = files.map(() => null);
  try {
    popup = await popupRuns(files);
  } catch (error) {
    console.log(`bench: popup reader in Chromium skipped (${error instanceof Error ? error.message.split('\n')[0] : error}).`);
  }
  return files.map((f, i) => ({ name: f.name, size: f.size, cliMs: cli[i]?.ms ?? NaN, cliCpuMs: cli[i]?.cpuMs ?? NaN, cliPeakMb: cli[i]?.peakMb ?? NaN, popupMs: popup[i] ?? null }));
}

export { sizeLabel };
