/**
 * Trains the learned fallback (offline only: scripts/train-model.ts, and bench/model.ts for cross-validation; never
 * bundled in the extension). Multinomial logistic regression (softmax) over the hashed features of features.ts, fitted
 * by plain stochastic gradient descent with an L2 penalty, a learning rate that falls linearly to zero, and a seeded
 * shuffle, so the same data always gives the same weights. Then the smallest weights are pruned to a budget and the
 * rest quantized to int8 with one scale per class (packed.ts).
 */
import { BUCKET_BITS, BUCKETS, extractFeatures, newSink } from './features';
import { pack, type PackedModel, type WeightEntry } from './packed';

export interface Sample {
  text: string;
  code: string | null;
  enhanced: string | null;
  category: string;
  /** Relative weight of the sample in the loss (1 when unset). */
  weight?: number;
}

export interface TrainOptions {
  epochs: number;
  /** Initial learning rate; it falls linearly to 0 over the epochs. */
  rate: number;
  /** L2 penalty per sample seen. */
  l2: number;
  /** Samples of a class weigh (mean class size / class size) ^ balance: 0 = as they come, 1 = classes weigh alike. */
  balance: number;
  /** At most this many non-zero weights are kept (the file's size budget). */
  maxNonzero: number;
  seed: number;
}

export const DEFAULT_OPTIONS: TrainOptions = { epochs: 25, rate: 0.5, l2: 2e-5, balance: 0.5, maxNonzero: 16_000, seed: 12 };

/** mulberry32: a small seeded generator, for a shuffle that is the same every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Encoded {
  buckets: Int32Array;
  values: Float32Array;
  y: number;
  weight: number;
}

export interface FloatModel {
  classes: string[];
  /** BUCKETS × classes, row-major by bucket. */
  w: Float32Array;
  bias: Float64Array;
}

/** Fits the weights. `classes` fixes the class order; samples of other classes are ignored. */
export function fit(samples: readonly Sample[], classes: readonly string[], opts: TrainOptions = DEFAULT_OPTIONS): FloatModel {
  const C = classes.length;
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const sink = newSink();
  const data: Encoded[] = [];
  for (const s of samples) {
    const y = classIndex.get(s.category);
    if (y === undefined) continue;
    extractFeatures(s.text, s.code, s.enhanced, sink);
    const values = sink.values.slice(0, sink.count);
    if (sink.norm > 0) for (let k = 0; k < values.length; k++) values[k]! /= sink.norm;
    data.push({ buckets: sink.buckets.slice(0, sink.count), values, y, weight: s.weight ?? 1 });
  }
  const perClass = new Float64Array(C);
  for (const d of data) perClass[d.y]! += d.weight;
  const present = perClass.filter((n) => n > 0);
  const mean = present.reduce((a, b) => a + b, 0) / Math.max(1, present.length);
  for (const d of data) d.weight *= Math.pow(mean / perClass[d.y]!, opts.balance);

  const w = new Float32Array(BUCKETS * C);
  const bias = new Float64Array(C);
  let scale = 1; // true weights = scale × w: the L2 shrinkage of every weight at once
  const p = new Float64Array(C);
  const grad = new Float64Array(C);
  const order = data.map((_, i) => i);
  const rnd = random(opts.seed);
  const steps = opts.epochs * data.length;
  let t = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const idx of order) {
      const d = data[idx]!;
      const rate = opts.rate * (1 - t / steps);
      t++;
      p.set(bias);
      for (let k = 0; k < d.buckets.length; k++) {
        const row = d.buckets[k]! * C;
        const v = d.values[k]! * scale;
        for (let c = 0; c < C; c++) p[c]! += w[row + c]! * v;
      }
      let max = -Infinity;
      for (let c = 0; c < C; c++) if (p[c]! > max) max = p[c]!;
      let sum = 0;
      for (let c = 0; c < C; c++) {
        p[c] = Math.exp(p[c]! - max);
        sum += p[c]!;
      }
      scale *= 1 - rate * opts.l2;
      const g = (rate * d.weight) / sum;
      for (let c = 0; c < C; c++) {
        // gradient of the cross-entropy: p − y
        const gc = g * p[c]! - (c === d.y ? rate * d.weight : 0);
        bias[c]! -= gc;
        grad[c] = gc / scale;
      }
      for (let k = 0; k < d.buckets.length; k++) {
        const row = d.buckets[k]! * C;
        const v = d.values[k]!;
        for (let c = 0; c < C; c++) w[row + c]! -= grad[c]! * v;
      }
      if (scale < 1e-3) {
        for (let k = 0; k < w.length; k++) w[k]! *= scale;
        scale = 1;
      }
    }
  }
  for (let k = 0; k < w.length; k++) w[k]! *= scale;
  return { classes: [...classes], w, bias };
}

/** Keeps the largest weights up to the budget, quantizes them to int8 per class, and packs them. */
export function compress(m: FloatModel, maxNonzero: number): PackedModel {
  const C = m.classes.length;
  const magnitudes = Float32Array.from(m.w, Math.abs).sort();
  const cut = magnitudes.length > maxNonzero ? magnitudes[magnitudes.length - maxNonzero]! : 0;
  const max = new Float64Array(C);
  for (let k = 0; k < m.w.length; k++) {
    const a = Math.abs(m.w[k]!);
    if (a >= cut && a > max[k % C]!) max[k % C] = a;
  }
  const scale = Array.from(max, (a) => (a > 0 ? a / 127 : 1));
  const entries: WeightEntry[] = [];
  for (let k = 0; k < m.w.length; k++) {
    const a = Math.abs(m.w[k]!);
    if (a === 0 || a < cut || entries.length >= maxNonzero) continue;
    const q = Math.round(m.w[k]! / scale[k % C]!);
    if (q !== 0) entries.push({ bucket: Math.floor(k / C), cls: k % C, q });
  }
  const round = (x: number) => Number(x.toPrecision(6));
  return pack(entries, { bucketBits: BUCKET_BITS, classes: m.classes, bias: Array.from(m.bias, round), scale: scale.map(round) });
}

/** fit, then compress. */
export function train(samples: readonly Sample[], classes: readonly string[], opts: TrainOptions = DEFAULT_OPTIONS): PackedModel {
  return compress(fit(samples, classes, opts), opts.maxNonzero);
}
