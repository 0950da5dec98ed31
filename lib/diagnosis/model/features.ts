/**
 * The learned fallback's features (shared by training, scripts/train-model.ts, and prediction, predict.ts): a reply
 * becomes a bag of hashed features, each a bucket index and a signed value.
 *
 * - word unigrams and bigrams of the lower-cased text (words are runs of letters and digits, any script; numbers are
 *   left out, since codes have features of their own, and a word with digits counts only as itself: "tss04", "s3150");
 * - character 3-, 4- and 5-grams of each word with its edges marked ("<spam>" gives "<sp", "spa", …, "am>"), so
 *   "throttled"/"throttling", "Postfach"/"Postfächer", or a run of Japanese text without spaces still share features;
 * - the codes: basic reply code ("c:550") and its class ("c:5"), enhanced status class and subject ("e:5.7"), subject
 *   and detail ("e:x.7.26"), and "none" when a code is missing.
 *
 * Feature hashing (FNV-1a, then a final mix) puts each feature in one of BUCKETS buckets with a sign from another bit,
 * so that collisions cancel rather than add up. Values are to be divided by the vector's length, so a reply weighs the same whatever its
 * length (FeatureSink.norm). No regular expressions and no allocation per character.
 */

/** log2 of the number of hash buckets. */
export const BUCKET_BITS = 14;
export const BUCKETS = 1 << BUCKET_BITS;
/** Text beyond this many characters is not read (replies are short; a whole notice pasted is cut). */
export const MAX_CHARS = 2000;
/** Words longer than this (base64, hashes, glued URLs) give no character n-grams. */
const MAX_GRAM_WORD = 24;
/** Words with digits longer than this (message ids, queue ids) are left out. */
const MAX_DIGIT_WORD = 8;

/** Relative weight of each kind of feature (before the vector is scaled to unit length). */
export const GROUP_WEIGHT = { word: 1, bigram: 1, char: 0.35, code: 1.5 } as const;

// Seeds that keep the kinds of features apart in the hash space.
const SEED_WORD = 0x811c9dc5;
const SEED_CHAR = 0x050c5d1f;
const SEED_CODE = 0x1b873593;
const SEED_BIGRAM = 0x27d4eb2f;
const FNV_PRIME = 0x01000193;
const EDGE = 0x1f; // marks a word's edges in character n-grams

/** murmur3's finaliser: spreads every input bit over the whole word. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function step(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME);
}

function hashString(seed: number, s: string): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i));
  return h;
}

/** A letter or a digit of any script (lower-cased text); punctuation and spaces of the common blocks are not. */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
  if (c <= 0xbf) return false; // Latin-1 punctuation and symbols, no-break space
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // general punctuation, symbols, arrows, boxes
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation, ideographic space
  if (c >= 0xfe30 && c <= 0xfe4f) return false;
  if (c >= 0xff00 && c <= 0xff0f) return false; // full-width punctuation
  if (c >= 0xff1a && c <= 0xff20) return false;
  if (c >= 0xff3b && c <= 0xff40) return false;
  if (c >= 0xff5b && c <= 0xff65) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates (emoji)
  return true;
}

/**
 * Where features go: a bucket and a signed value each. The values are not yet scaled: the vector's length is `norm`,
 * and a consumer divides by it (once per score, not once per feature).
 */
export interface FeatureSink {
  buckets: Int32Array;
  values: Float32Array;
  count: number;
  /** Σ value² while filling; the length √(Σ value²) once extractFeatures returns. */
  norm: number;
}

export function newSink(capacity = 4096): FeatureSink {
  return { buckets: new Int32Array(capacity), values: new Float32Array(capacity), count: 0, norm: 0 };
}

function emit(sink: FeatureSink, h: number, weight: number): void {
  if (sink.count === sink.buckets.length) return; // full: the rest of a very long text is not read
  const m = mix(h);
  sink.buckets[sink.count] = m & (BUCKETS - 1);
  sink.values[sink.count] = m & 0x80000000 ? -weight : weight;
  sink.norm += weight * weight;
  sink.count++;
}

/** The word being cut into character n-grams, with its edge marks (reused: no allocation per word). */
const gramBuffer = new Int32Array(MAX_GRAM_WORD + 2);

/** Character 3–5-grams of text[start, end) with its edges marked. */
function charGrams(sink: FeatureSink, text: string, start: number, end: number, weight: number): void {
  const buf = gramBuffer;
  const n = end - start + 2; // with the two edge marks
  buf[0] = EDGE;
  for (let p = start; p < end; p++) buf[p - start + 1] = text.charCodeAt(p);
  buf[n - 1] = EDGE + 1;
  for (let i = 0; i + 3 <= n; i++) {
    let h = step(step(step(SEED_CHAR, buf[i]!), buf[i + 1]!), buf[i + 2]!);
    emit(sink, h, weight);
    if (i + 4 > n) continue;
    h = step(h, buf[i + 3]!);
    emit(sink, h, weight);
    if (i + 5 > n) continue;
    emit(sink, step(h, buf[i + 4]!), weight);
  }
}

function codeFeatures(sink: FeatureSink, code: string | null, enhanced: string | null): void {
  const w = GROUP_WEIGHT.code;
  if (code && code.length === 3) {
    emit(sink, hashString(SEED_CODE, `c:${code}`), w);
    emit(sink, hashString(SEED_CODE, `c:${code[0]}`), w);
  } else emit(sink, hashString(SEED_CODE, 'c:none'), w);
  const parts = enhanced ? enhanced.split('.') : [];
  if (parts.length === 3) {
    // "x.7.26" (a status documented for both classes) has no class of its own.
    if (parts[0] !== 'x') emit(sink, hashString(SEED_CODE, `e:${parts[0]}.${parts[1]}`), w);
    emit(sink, hashString(SEED_CODE, `e:x.${parts[1]}.${parts[2]}`), w);
  } else emit(sink, hashString(SEED_CODE, 'e:none'), w);
}

/**
 * Fills `sink` with the features of a reply (and returns it): `reply` is the server's reply or the text a person
 * pasted, `code` the basic reply code ("550") and `enhanced` the enhanced status ("5.7.1") the reader found, if any.
 */
export function extractFeatures(reply: string, code: string | null, enhanced: string | null, sink: FeatureSink = newSink()): FeatureSink {
  sink.count = 0;
  sink.norm = 0;
  codeFeatures(sink, code, enhanced);
  const text = (reply.length > MAX_CHARS ? reply.slice(0, MAX_CHARS) : reply).toLowerCase();
  const n = text.length;
  let prev = 0; // hash of the previous word in the bigram sequence (0: none yet)
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let h = SEED_WORD;
    let digits = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (!isWordChar(c)) break;
      if (c >= 0x30 && c <= 0x39) digits++;
      h = step(h, c);
    }
    const len = i - start;
    if (digits > 0) {
      // A number says nothing the codes do not; a short code-like word ("tss04", "s3150") counts as itself.
      if (digits < len && len <= MAX_DIGIT_WORD) emit(sink, h, GROUP_WEIGHT.word);
      prev = 0x5bd1e995; // stands for "some number" in bigrams
      continue;
    }
    emit(sink, h, GROUP_WEIGHT.word);
    if (prev !== 0) emit(sink, Math.imul(prev, 0x9e3779b1) ^ h ^ SEED_BIGRAM, GROUP_WEIGHT.bigram);
    prev = h;
    if (len >= 2 && len <= MAX_GRAM_WORD) charGrams(sink, text, start, i, GROUP_WEIGHT.char);
  }
  // Divided by this, a long notice and a short reply weigh the same.
  sink.norm = Math.sqrt(sink.norm);
  return sink;
}
