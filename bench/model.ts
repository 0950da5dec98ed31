/**
 * `node scripts/run-ts.mjs bench/model.ts`: does the learned fallback (lib/diagnosis/model) earn its place?
 *
 * 1. The model alone, cross-validated on the rule-writing reply table: k folds, each trained afresh on everything
 *    else (the other folds, the knowledge texts, the shared corpus), by provider (a provider's replies are held out
 *    together: the honest figure) and at random.
 * 2. The engine alone against the engine with the fallback rule — "when the engine's confidence is low or its
 *    category is unknown, and the model's top probability ≥ T, take the model's category" — for thresholds fixed before
 *    any run: on the rule-writing table with the cross-validated predictions, and on the frozen test with the shipped
 *    weights (weights.generated.ts). Two variants, also fixed in advance: "+close" also lets the model choose between
 *    the engine's verdict and the close runner-up it kept; "+none" also lets the model answer where the engine gives
 *    no diagnosis at all (the reader found no reply), on the whole text.
 * 3. What the "+none" variant would do to text that is no bounce (the project's non-bounce fixtures, and paragraphs of
 *    licence texts as ordinary prose).
 * 4. Size (the generated file, and predict() bundled and minified, gzipped) and speed (predict() per 200-character
 *    reply: wall-clock median and p99 per call, CPU time per reply over whole rounds; the first call's unpacking).
 *
 * The frozen test is read only through aggregates here: no sample, text or label is ever printed.
 * Options: --folds N (default 10), --no-frozen (while tuning: only the cross-validation), --no-cv.
 */
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { diagnoseReport } from '../lib/diagnosis/diagnose';
import { makePredictor, predict, type Predictor } from '../lib/diagnosis/model/predict';
import { DEFAULT_OPTIONS, train } from '../lib/diagnosis/model/train';
import type { Category } from '../lib/diagnosis/types';
import { readPastedText } from '../lib/engine/read';
import { isDocumentedFailure } from '../lib/diagnosis/documented';
import { readingRank } from '../lib/diagnosis/reading-rank';
import { collectSamples, MODEL_CLASSES, OUT, BUDGET_GZ, type LabelledSample } from '../scripts/train-model';
import { FROZEN_REPLIES } from '../test/diagnosis/frozen/replies';
import { REPLIES } from '../test/diagnosis/replies';

/** Fixed before any run; never chosen by looking at the frozen figures. */
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8] as const;

const arg = (name: string) => process.argv.includes(name);
const foldsArg = process.argv.indexOf('--folds');
const K = foldsArg > 0 ? Number(process.argv[foldsArg + 1]) : 10;
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');

interface Case {
  text: string;
  category: Category;
  remoteHost?: string;
}

/** What the engine says about a case, and what the model is given. */
interface EngineAnswer {
  category: string;
  /** the close runner-up the engine kept, if any */
  alternative: string | null;
  /** low confidence or unknown: the fallback may vote */
  weak: boolean;
  /** no diagnosis at all (no reply found) */
  none: boolean;
  input: { text: string; code: string | null; enhanced: string | null };
}

function engine(c: Case): EngineAnswer {
  const report = readPastedText(c.text, { documented: isDocumentedFailure, rank: readingRank });
  const first = report.recipients[0];
  if (c.remoteHost && first) first.remoteHost = c.remoteHost;
  const d = diagnoseReport(report)[0];
  return {
    category: d?.category ?? (report.isBounce ? 'unknown' : 'not a bounce'),
    alternative: d?.alternative?.category ?? null,
    weak: !!d && (d.confidence.level === 'low' || d.category === 'unknown'),
    none: !d,
    input: { text: first?.reply ?? first?.statedReason ?? c.text, code: first?.code ?? null, enhanced: first?.enhanced ?? null },
  };
}

interface Outcome {
  right: number;
  total: number;
  /** answers the fallback changed: wrong → right, right → wrong, wrong → other wrong */
  fixed: number;
  broken: number;
  swapped: number;
  took: number;
}

type Votes = readonly { category: string; p: number }[];

/**
 * The fallback rule. Plain: where the engine is low or unknown, the model's top category when its p ≥ t. "none":
 * also where the engine gives no diagnosis. "close": also where the engine kept a close runner-up, the runner-up when
 * the model gives it p ≥ t and more than the engine's choice.
 */
function withFallback(cases: readonly Case[], answers: readonly EngineAnswer[], votes: readonly Votes[], t: number, variant: 'plain' | 'none' | 'close'): Outcome {
  const o: Outcome = { right: 0, total: cases.length, fixed: 0, broken: 0, swapped: 0, took: 0 };
  cases.forEach((c, i) => {
    const a = answers[i]!;
    const v = votes[i]![0]!;
    const pOf = (cat: string) => votes[i]!.find((x) => x.category === cat)?.p ?? 0;
    let got = a.category;
    let take: string | null = null;
    if ((a.weak || (variant === 'none' && a.none)) && v.p >= t && v.category !== got) take = v.category;
    else if (variant === 'close' && !a.weak && a.alternative && pOf(a.alternative) >= t && pOf(a.alternative) > pOf(a.category)) take = a.alternative;
    if (take) {
      o.took++;
      const before = got === c.category;
      got = take;
      const after = got === c.category;
      if (!before && after) o.fixed++;
      else if (before && !after) o.broken++;
      else o.swapped++;
    }
    if (got === c.category) o.right++;
  });
  return o;
}

function report(name: string, cases: readonly Case[], all: readonly Votes[]): void {
  const answers = cases.map(engine);
  const votes = all.map((v) => v[0]!);
  const engineRight = cases.filter((c, i) => answers[i]!.category === c.category).length;
  const modelRight = cases.filter((c, i) => votes[i]!.category === c.category).length;
  const weak = answers.filter((a) => a.weak).length;
  const none = answers.filter((a) => a.none).length;
  const weakModelRight = cases.filter((c, i) => answers[i]!.weak && votes[i]!.category === c.category).length;
  const noneModelRight = cases.filter((c, i) => answers[i]!.none && votes[i]!.category === c.category).length;
  console.log(`\n${name}: ${cases.length} replies`);
  const weakEngineRight = cases.filter((c, i) => answers[i]!.weak && answers[i]!.category === c.category).length;
  console.log(`  engine alone:                 ${engineRight}/${cases.length} = ${pct(engineRight, cases.length)}   (low or unknown: ${weak}, of them right ${weakEngineRight}; no diagnosis: ${none})`);
  console.log(`  model alone (top-1):          ${modelRight}/${cases.length} = ${pct(modelRight, cases.length)}   (where the engine is low/unknown: ${weakModelRight}/${weak}; where it has none: ${noneModelRight}/${none})`);
  const close = answers.filter((a) => a.alternative && !a.weak).length;
  console.log(`  (a close runner-up kept, not low: ${close})`);
  for (const variant of ['plain', 'close', 'none'] as const)
    for (const t of THRESHOLDS) {
      const o = withFallback(cases, answers, all, t, variant);
      const label = `engine + fallback T=${t.toFixed(1)} ${{ plain: '        ', close: '(+close)', none: '(+none) ' }[variant]}`;
      console.log(`  ${label}: ${o.right}/${o.total} = ${pct(o.right, o.total)}   (changed ${o.took}: fixed ${o.fixed}, broke ${o.broken}, wrong→wrong ${o.swapped})`);
    }
}

/** Folds of the reply table: by provider (greedy, largest group to the smallest fold) or at random (seeded). */
function folds(samples: readonly LabelledSample[], byProvider: boolean): Map<string, number> {
  const replies = samples.filter((s) => s.source === 'replies');
  const fold = new Map<string, number>(); // raw reply text → fold
  if (byProvider) {
    const groups = new Map<string, LabelledSample[]>();
    for (const s of replies) groups.set(s.group ?? 'none', [...(groups.get(s.group ?? 'none') ?? []), s]);
    const sizes = new Array<number>(K).fill(0);
    for (const [, members] of [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
      const f = sizes.indexOf(Math.min(...sizes));
      sizes[f]! += members.length;
      for (const s of members) fold.set(s.raw!, f);
    }
  } else {
    let seed = 7;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    const order = replies.map((s) => s.raw!).sort((a, b) => a.localeCompare(b));
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    order.forEach((raw, i) => fold.set(raw, i % K));
  }
  return fold;
}

/** Cross-validated votes for every reply-table entry: each from a model that never saw its fold. */
function crossValidated(samples: readonly LabelledSample[], byProvider: boolean): Votes[] {
  const fold = folds(samples, byProvider);
  const votes: (Votes | undefined)[] = new Array(REPLIES.length);
  for (let f = 0; f < K; f++) {
    const training = samples.filter((s) => s.source !== 'replies' || fold.get(s.raw!) !== f);
    const predictor: Predictor = makePredictor(train(training, MODEL_CLASSES, DEFAULT_OPTIONS));
    REPLIES.forEach((r, i) => {
      if ((fold.get(r.reply) ?? i % K) !== f) return;
      const a = engine({ text: r.reply, category: r.category, remoteHost: r.remoteHost });
      votes[i] = predictor(a.input.text, a.input.code, a.input.enhanced);
    });
  }
  return votes.map((v) => v ?? [{ category: 'unknown', p: 0 }]);
}

async function sizeAndSpeed(): Promise<void> {
  const file = readFileSync(OUT, 'utf8');
  const bundled = await build({ stdin: { contents: "export { predict } from './lib/diagnosis/model/predict';", resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent' });
  const chunk = bundled.outputFiles[0]!.contents;
  console.log(`Size: ${OUT} ${(gzipSync(file, { level: 9 }).length / 1024).toFixed(1)} KB gz (budget ${BUDGET_GZ / 1024} KB); predict() bundled and minified ${(gzipSync(chunk, { level: 9 }).length / 1024).toFixed(1)} KB gz`);

  // Speed: every reply of the table made exactly 200 characters.
  const inputs = REPLIES.map((r) => engine({ text: r.reply, category: r.category }).input).map((i) => ({ ...i, text: `${i.text} ${i.text} ${i.text}`.slice(0, 200) }));
  const t0 = performance.now();
  const cold = makePredictor((await import('../lib/diagnosis/model/weights.generated')).MODEL);
  const unpackMs = performance.now() - t0;
  for (let round = 0; round < 50; round++) for (const i of inputs) cold(i.text, i.code, i.enhanced);
  const times: number[] = [];
  for (let round = 0; round < 50; round++)
    for (const i of inputs) {
      const s = performance.now();
      cold(i.text, i.code, i.enhanced);
      times.push((performance.now() - s) * 1000);
    }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  // CPU time of whole rounds (all replies), per reply: what the process itself spent, whatever else the machine runs.
  const cpu: number[] = [];
  for (let round = 0; round < 50; round++) {
    const c0 = process.cpuUsage();
    for (const i of inputs) cold(i.text, i.code, i.enhanced);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / inputs.length);
  }
  cpu.sort((a, b) => a - b);
  const load = loadavg()[0]!.toFixed(1);
  console.log(`Speed: predict() per 200-character reply, median ${median.toFixed(1)} µs (budget ≤ 20 µs), p99 ${times[Math.floor(times.length * 0.99)]!.toFixed(1)} µs, over ${inputs.length} replies × 50; CPU time per reply, median of 50 rounds ${cpu[25]!.toFixed(1)} µs; load average ${load} on ${cpus().length} cores; unpacking the weights once ${unpackMs.toFixed(1)} ms`);
}

async function main(): Promise<void> {
  await sizeAndSpeed(); // first, before training leaves its garbage behind
  const { samples, notes } = await collectSamples();
  console.log(`Training material: ${samples.length} samples (${notes.join('; ')}); model options ${JSON.stringify(DEFAULT_OPTIONS)}`);
  const table: Case[] = REPLIES.map((r) => ({ text: r.reply, category: r.category, remoteHost: r.remoteHost }));

  if (!arg('--no-cv'))
    for (const byProvider of [true, false]) {
      const started = Date.now();
      const votes = crossValidated(samples, byProvider);
      report(`Rule-writing table, ${K}-fold cross-validated ${byProvider ? 'by provider' : 'at random'} (${((Date.now() - started) / 1000).toFixed(0)} s)`, table, votes);
    }

  if (!arg('--no-frozen')) {
    const frozen: Case[] = FROZEN_REPLIES.map((c) => ({ text: c.text, category: c.category }));
    const votes = frozen.map((c) => {
      const a = engine(c);
      return predict(a.input.text, a.input.code, a.input.enhanced);
    });
    report('Frozen test, shipped weights (aggregates only)', frozen, votes);
  }

  // What "+none" would do to text that is no bounce at all: the project's own non-bounce fixtures, read as pasted.
  const dir = 'test/fixtures/not-bounces';
  const notBounces = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
  const topP = notBounces.map((text) => predict(text.slice(0, 4000), null, null)[0]!.p);
  console.log(`\nNon-bounces (${dir}, ${notBounces.length}): the model's top p ≥ T (a "+none" fallback would call them a bounce) — ${THRESHOLDS.map((t) => `T=${t}: ${topP.filter((p) => p >= t).length}`).join(', ')}`);
  // …and to ordinary prose: the paragraphs of two licence texts most systems carry.
  const licences = ['/usr/share/common-licenses/GPL-3', '/usr/share/common-licenses/Apache-2.0'].filter((f) => existsSync(f));
  const paragraphs = licences.flatMap((f) => readFileSync(f, 'utf8').split(/\n\s*\n/)).map((t) => t.trim()).filter((t) => t.length >= 80);
  if (paragraphs.length > 0) {
    const prose = paragraphs.map((text) => predict(text, null, null)[0]!.p);
    console.log(`Prose (${paragraphs.length} paragraphs of ${licences.map((f) => basename(f)).join(', ')}): top p ≥ T — ${THRESHOLDS.map((t) => `T=${t}: ${prose.filter((p) => p >= t).length}`).join(', ')}`);
  }
}

await main();
