/**
 * The learned fallback's weights as they are stored (weights.generated.ts): a sparse matrix of int8 weights, one
 * scale per class, a bias per class. Only weights that matter are kept (training prunes the rest), so the file stays
 * small; they are stored bucket by bucket as four byte streams (bucket gaps as varints, entries per bucket, class
 * indexes, weights), which compress well, in one base64 string.
 */

export interface PackedModel {
  /** log2 of the number of hash buckets the features were hashed into (features.ts BUCKET_BITS at training time). */
  bucketBits: number;
  /** The categories the model chooses among, in the order of `bias` and `scale`. */
  classes: readonly string[];
  bias: readonly number[];
  /** weight = int8 × scale[class] */
  scale: readonly number[];
  /** Buckets with at least one weight, and weights in all. */
  buckets: number;
  nonzero: number;
  /** base64 of: bucket gaps (LEB128 varints), entries per bucket (1 byte each), class indexes, int8 weights. */
  data: string;
}

/** The weights ready for scoring: for bucket b, entries offsets[b] … offsets[b+1]-1 of `cls` and `weight`. */
export interface SparseWeights {
  bucketBits: number;
  classes: readonly string[];
  bias: Float64Array;
  offsets: Int32Array;
  cls: Uint8Array;
  /** Already multiplied by the class's scale. */
  weight: Float32Array;
}

/** One stored weight before packing. */
export interface WeightEntry {
  bucket: number;
  cls: number;
  q: number;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    out += B64[a >> 2]! + B64[((a & 3) << 4) | (b >> 4)]!;
    out += i + 1 < bytes.length ? B64[((b & 15) << 2) | (c >> 6)]! : '=';
    out += i + 2 < bytes.length ? B64[c & 63]! : '=';
  }
  return out;
}

function fromBase64(s: string): Uint8Array {
  const index = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) index[B64.charCodeAt(i)] = i;
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 61) end--; // '=' padding
  const clean = s.slice(0, end);
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = index[clean.charCodeAt(i) & 127]!;
    if (v < 0) throw new Error('model: bad base64 in the weights');
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** Packs weights (any order) with their per-class scales and biases. */
export function pack(entries: readonly WeightEntry[], m: { bucketBits: number; classes: readonly string[]; bias: readonly number[]; scale: readonly number[] }): PackedModel {
  const sorted = [...entries].filter((e) => e.q !== 0).sort((x, y) => x.bucket - y.bucket || x.cls - y.cls);
  const gaps: number[] = [];
  const counts: number[] = [];
  let last = -1;
  for (const e of sorted) {
    if (e.bucket !== last) {
      let gap = e.bucket - last - 1;
      do {
        gaps.push((gap & 0x7f) | (gap > 0x7f ? 0x80 : 0));
        gap >>>= 7;
      } while (gap > 0);
      counts.push(0);
      last = e.bucket;
    }
    counts[counts.length - 1]!++;
  }
  if (counts.some((c) => c > 255)) throw new Error('model: more than 255 classes in one bucket');
  const bytes = new Uint8Array(gaps.length + counts.length + 2 * sorted.length);
  bytes.set(gaps, 0);
  bytes.set(counts, gaps.length);
  sorted.forEach((e, i) => {
    bytes[gaps.length + counts.length + i] = e.cls;
    bytes[gaps.length + counts.length + sorted.length + i] = e.q & 0xff;
  });
  return { bucketBits: m.bucketBits, classes: m.classes, bias: m.bias, scale: m.scale, buckets: counts.length, nonzero: sorted.length, data: toBase64(bytes) };
}

/** Unpacks the stored weights for scoring. */
export function unpack(p: PackedModel): SparseWeights {
  const bytes = fromBase64(p.data);
  const size = 1 << p.bucketBits;
  const offsets = new Int32Array(size + 1);
  let pos = 0;
  const bucketOf = new Int32Array(p.buckets);
  let bucket = -1;
  for (let k = 0; k < p.buckets; k++) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[pos++]!;
      gap |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    bucket += gap + 1;
    bucketOf[k] = bucket;
  }
  const countsAt = pos;
  const clsAt = countsAt + p.buckets;
  const weightAt = clsAt + p.nonzero;
  if (weightAt + p.nonzero !== bytes.length || bucket >= size) throw new Error('model: the weights do not match their header');
  for (let k = 0; k < p.buckets; k++) offsets[bucketOf[k]! + 1] = bytes[countsAt + k]!;
  for (let b = 0; b < size; b++) offsets[b + 1]! += offsets[b]!;
  const cls = bytes.slice(clsAt, weightAt);
  const weight = new Float32Array(p.nonzero);
  for (let j = 0; j < p.nonzero; j++) {
    const q = bytes[weightAt + j]!;
    weight[j] = (q > 127 ? q - 256 : q) * p.scale[cls[j]!]!;
  }
  return { bucketBits: p.bucketBits, classes: p.classes, bias: Float64Array.from(p.bias), offsets, cls, weight };
}
