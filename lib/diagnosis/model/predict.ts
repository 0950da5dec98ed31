/**
 * The learned fallback: a multinomial logistic regression over hashed word and character n-grams and the codes
 * (features.ts), trained offline by scripts/train-model.ts into weights.generated.ts. It says which categories a reply
 * resembles among the replies it was trained on, with probabilities.
 *
 * Load it lazily (a dynamic import): it carries its weights, and content scripts must never include it. The weights
 * are unpacked on the first call. Pure: no state beyond the unpacked weights and a reused feature buffer.
 */
import type { Category } from '../types';
import { BUCKET_BITS, extractFeatures, newSink } from './features';
import { unpack, type PackedModel, type SparseWeights } from './packed';
import { MODEL } from './weights.generated';

export interface ModelVote {
  category: Category;
  p: number;
}

export type Predictor = (reply: string, code: string | null, enhanced: string | null) => ModelVote[];

/** A predictor for the given weights (the generated ones, or a model just trained, for cross-validation). */
export function makePredictor(model: PackedModel | SparseWeights): Predictor {
  const w = 'data' in model ? unpack(model) : model;
  if (w.bucketBits !== BUCKET_BITS) throw new Error(`model: weights hashed into 2^${w.bucketBits} buckets, features into 2^${BUCKET_BITS}: retrain (scripts/train-model.ts)`);
  const sink = newSink();
  const nClasses = w.classes.length;
  const scores = new Float64Array(nClasses);
  const { offsets, cls, weight, bias } = w;
  return (reply, code, enhanced) => {
    extractFeatures(reply, code, enhanced, sink);
    scores.fill(0);
    for (let k = 0; k < sink.count; k++) {
      const b = sink.buckets[k]!;
      const v = sink.values[k]!;
      const end = offsets[b + 1]!;
      for (let j = offsets[b]!; j < end; j++) scores[cls[j]!]! += weight[j]! * v;
    }
    const norm = sink.norm > 0 ? sink.norm : 1;
    let max = -Infinity;
    for (let c = 0; c < nClasses; c++) {
      scores[c] = bias[c]! + scores[c]! / norm;
      if (scores[c]! > max) max = scores[c]!;
    }
    let sum = 0;
    for (let c = 0; c < nClasses; c++) {
      scores[c] = Math.exp(scores[c]! - max);
      sum += scores[c]!;
    }
    const out: ModelVote[] = new Array(nClasses);
    for (let c = 0; c < nClasses; c++) out[c] = { category: w.classes[c] as Category, p: scores[c]! / sum };
    return out.sort((a, b) => b.p - a.p);
  };
}

let generated: Predictor | null = null;

/**
 * The categories a reply resembles, most likely first, with probabilities summing to 1. `reply` is the server's reply
 * (or the text pasted), `code` and `enhanced` the basic reply code and enhanced status the reader found, if any.
 */
export function predict(reply: string, code: string | null, enhanced: string | null): ModelVote[] {
  generated ??= makePredictor(MODEL);
  return generated(reply, code, enhanced);
}
