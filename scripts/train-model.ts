/**
 * `node scripts/run-ts.mjs scripts/train-model.ts`: trains the learned fallback (lib/diagnosis/model) and writes
 * lib/diagnosis/model/weights.generated.ts.
 *
 * Training data, all of it material the rules are written from (never test/diagnosis/frozen/):
 * (a) the reply table test/diagnosis/replies.ts (reply → category);
 * (b) the documented texts of the knowledge tables (lib/diagnosis/knowledge: entry.text → entry.category);
 * (c) the shared corpus ../shared/corpus/sisimai (BOUNCE_CORPUS to move it): each failed recipient's reply, labelled
 *     with our category for Sisimai's reason through the last column of ../shared/docs/taxonomy.md — the one category
 *     when the reason maps to one, else the engine's own verdict when it is among the reason's categories, else the
 *     sample is left out. Skipped (with a note) when the corpus is not there;
 * (d) the development set test/diagnosis/dev/replies.ts: the real-world replies rules are written from (issue
 *     threads, Q&A, vendor pages), each with the category its collector gave it; "unknown" and the non-failure kinds
 *     are not the model's classes and are left out by the training (train.ts ignores other classes).
 * Each text is read the way the engine reads it at diagnosis time (the paste reader's reply, reply code and enhanced
 * status), so the model sees what predict() will be given.
 *
 * Also imported by bench/model.ts for cross-validation (collectSamples); it trains only when run as a script.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadCorpus } from '../bench/corpus-data';
import { diagnoseReport } from '../lib/diagnosis/diagnose';
import { KNOWLEDGE } from '../lib/diagnosis/knowledge';
import { BUCKET_BITS, GROUP_WEIGHT } from '../lib/diagnosis/model/features';
import type { PackedModel } from '../lib/diagnosis/model/packed';
import { makePredictor } from '../lib/diagnosis/model/predict';
import { DEFAULT_OPTIONS, train, type Sample, type TrainOptions } from '../lib/diagnosis/model/train';
import { CATEGORIES } from '../lib/diagnosis/taxonomy';
import type { Category } from '../lib/diagnosis/types';
import { readBounceBytes } from '../lib/engine/input';
import { readPastedText } from '../lib/engine/read';
import { installFastBlob } from '../lib/node/fast-blob';
import { DEV_REPLIES } from '../test/diagnosis/dev/replies';
import { REPLIES } from '../test/diagnosis/replies';

export const OUT = 'lib/diagnosis/model/weights.generated.ts';
/** The gzip size budget of the generated file (issue 12 item 7). */
export const BUDGET_GZ = 60 * 1024;

export type Source = 'replies' | 'knowledge' | 'corpus' | 'dev';
export interface LabelledSample extends Sample {
  source: Source;
  /** The reply table's provider, the knowledge source's id (cross-validation folds keep a group together). */
  group?: string;
  /** For the reply table: the entry's text as the table gives it. */
  raw?: string;
}

/**
 * The model chooses among the failure categories. 'unknown' is no answer to vote for, and the non-failure kinds
 * (auto-reply, complaint, delivered) are told apart by the reader, not by a reply's words.
 */
export const MODEL_CLASSES: readonly Category[] = CATEGORIES.filter((c) => !['unknown', 'auto-reply', 'complaint', 'delivered'].includes(c));

/** What the engine reads from a text, as predict() will be given it at diagnosis time. */
export function asRead(text: string): { text: string; code: string | null; enhanced: string | null } {
  const first = readPastedText(text).recipients[0];
  return { text: first?.reply ?? first?.statedReason ?? text, code: first?.code ?? null, enhanced: first?.enhanced ?? null };
}

/** taxonomy.md's last column: Sisimai reason → our categories. */
function reasonCategories(corpusDir: string): Map<string, Category[]> | null {
  const path = join(corpusDir, '..', '..', 'docs', 'taxonomy.md');
  if (!existsSync(path)) return null;
  const map = new Map<string, Category[]>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^\|\s*`([a-z-]+)`\s*\|.*\|\s*([a-z, ]+?)\s*\|\s*$/.exec(line);
    if (!m?.[1] || !m[2]) continue;
    for (const reason of m[2].split(/,\s*/)) map.set(reason, [...(map.get(reason) ?? []), m[1] as Category]);
  }
  return map;
}

/** A source's site ("github.com/owner/repo" for a repository's thread, else the host name), for grouping. */
function siteOf(source: string): string {
  const m = /^https?:\/\/([^/]+)(\/[^/]+\/[^/#?]+)?/.exec(source);
  if (!m) return source;
  return m[1] === 'github.com' && m[2] ? `github.com${m[2]}` : (m[1] as string);
}

export interface Collected {
  samples: LabelledSample[];
  notes: string[];
}

export async function collectSamples(): Promise<Collected> {
  const notes: string[] = [];
  const samples: LabelledSample[] = [];
  const seen = new Set<string>();
  const add = (s: LabelledSample) => {
    const key = `${s.category}\u0000${s.code}\u0000${s.enhanced}\u0000${s.text}`;
    if (seen.has(key) || !s.text.trim()) return;
    seen.add(key);
    samples.push(s);
  };

  for (const r of REPLIES) add({ ...asRead(r.reply), category: r.category, source: 'replies', group: r.provider ?? 'none', raw: r.reply });

  for (const source of KNOWLEDGE)
    for (const entry of source.replies) {
      const read = asRead(entry.text);
      add({ ...read, enhanced: read.enhanced ?? entry.status ?? null, category: entry.category, source: 'knowledge', group: source.id });
    }

  // Grouped by the site the reply was collected from: cross-validation folds keep a site's replies together.
  for (const r of DEV_REPLIES) add({ ...asRead(r.text), category: r.category, source: 'dev', group: siteOf(r.source), raw: r.text });

  const corpus = loadCorpus();
  const reasons = corpus ? reasonCategories(corpus.dir) : null;
  if (!corpus || !reasons) notes.push('shared corpus or taxonomy.md not found: trained without the corpus');
  else {
    installFastBlob();
    let skipped = 0;
    for (const mail of corpus.mails) {
      if (!mail.expected) continue;
      const report = await readBounceBytes(mail.bytes);
      const diagnoses = diagnoseReport(report);
      mail.expected.forEach((row, i) => {
        const r = report.recipients[i];
        const text = r?.reply ?? r?.statedReason;
        const allowed = reasons.get(row.reason) ?? [];
        const engine = diagnoses[i]?.category;
        const category = allowed.length === 1 ? allowed[0] : engine && allowed.includes(engine) ? engine : undefined;
        if (!r || !text || !category) {
          skipped++;
          return;
        }
        add({ text, code: r.code, enhanced: r.enhanced, category, source: 'corpus' });
      });
    }
    notes.push(`corpus: ${skipped} recipients left out (no reply, or no category of the reason agrees)`);
  }
  return { samples, notes };
}

/** The generated file: a header saying how it was made, and the packed weights. */
export function generatedFile(model: PackedModel, summary: string[]): string {
  return [
    '/**',
    ' * GENERATED by scripts/train-model.ts (`node scripts/run-ts.mjs scripts/train-model.ts`): do not edit.',
    ' * The learned fallback\'s weights: multinomial logistic regression over hashed word uni/bigrams, character',
    ' * 3–5-grams and code features (features.ts), fitted by SGD with L2, pruned to the largest weights and quantized to',
    ' * int8 with one scale per class (packed.ts). Trained on rule-writing material only: test/diagnosis/replies.ts, the',
    ' * knowledge tables\' documented texts, the shared corpus and the development set (test/diagnosis/dev); never on',
    ' * test/diagnosis/frozen/.',
    ...summary.map((l) => ` * ${l}`),
    ' */',
    "import type { PackedModel } from './packed';",
    '',
    `export const MODEL: PackedModel = ${JSON.stringify(model, null, 1).replace(/\n\s*/g, ' ')};`,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const { samples, notes } = await collectSamples();
  const opts: TrainOptions = DEFAULT_OPTIONS;
  const model = train(samples, MODEL_CLASSES, opts);
  const predictor = makePredictor(model);
  const inClasses = samples.filter((s) => (MODEL_CLASSES as readonly string[]).includes(s.category));
  const right = inClasses.filter((s) => predictor(s.text, s.code, s.enhanced)[0]?.category === s.category).length;
  const count = (src: Source) => samples.filter((s) => s.source === src).length;
  const summary = [
    `Samples: ${samples.length} (reply table ${count('replies')}, knowledge texts ${count('knowledge')}, corpus replies ${count('corpus')}, development set ${count('dev')}); ${MODEL_CLASSES.length} classes.`,
    `Features: 2^${BUCKET_BITS} buckets, group weights ${JSON.stringify(GROUP_WEIGHT)}.`,
    `Options: ${JSON.stringify(opts)}.`,
    `Weights kept: ${model.nonzero} in ${model.buckets} buckets.`,
  ];
  const file = generatedFile(model, summary);
  writeFileSync(OUT, file);
  const gz = gzipSync(file, { level: 9 }).length;
  for (const l of [...summary, ...notes]) console.log(l);
  console.log(`Training accuracy (resubstitution, not a measure of anything new): ${right}/${inClasses.length} = ${((100 * right) / inClasses.length).toFixed(1)}%`);
  console.log(`Wrote ${OUT}: ${(file.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gz (budget ${BUDGET_GZ / 1024} KB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (gz > BUDGET_GZ) {
    console.error('Over the size budget: lower maxNonzero.');
    process.exitCode = 1;
  }
}

// Runs only as a script (scripts/run-ts.mjs bundles it to train-model.mjs), not when bench/model.ts imports it.
if (basename(process.argv[1] ?? '') === 'train-model.mjs') await main();
