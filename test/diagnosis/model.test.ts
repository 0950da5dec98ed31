/**
 * The learned fallback (lib/diagnosis/model): its features, its packed weights, its predictions, and its place (never
 * in a content script, within its size budget). Speed is measured in bench/model.ts, never here.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUCKET_BITS, BUCKETS, extractFeatures, MAX_CHARS, newSink } from '../../lib/diagnosis/model/features';
import { pack, unpack } from '../../lib/diagnosis/model/packed';
import { makePredictor, predict } from '../../lib/diagnosis/model/predict';
import { compress, fit, train, DEFAULT_OPTIONS } from '../../lib/diagnosis/model/train';
import { MODEL } from '../../lib/diagnosis/model/weights.generated';
import { CATEGORIES } from '../../lib/diagnosis/taxonomy';

const ROOT = join(__dirname, '../..');

function features(reply: string, code: string | null = null, enhanced: string | null = null): string[] {
  const s = extractFeatures(reply, code, enhanced, newSink());
  return Array.from(s.buckets.subarray(0, s.count), (b, k) => `${b}:${s.values[k]}`).sort();
}

describe('model features', () => {
  it('are the same for the same reply, every time and whatever buffer is reused', () => {
    const reply = "550-5.7.26 Unauthenticated email from shop.example is not accepted due to domain's DMARC policy.";
    const sink = newSink();
    const first = features(reply, '550', '5.7.26');
    extractFeatures('something else entirely, longer than the first reply to leave data behind in the buffer', '421', '4.7.0', sink);
    const again = extractFeatures(reply, '550', '5.7.26', sink);
    expect(Array.from(again.buckets.subarray(0, again.count), (b, k) => `${b}:${again.values[k]}`).sort()).toEqual(first);
    expect(features(reply, '550', '5.7.26')).toEqual(first);
  });

  it('ignore letter case, and differ when the words or the codes differ', () => {
    expect(features('552 MAILBOX FULL', '552', '5.2.2')).toEqual(features('552 mailbox full', '552', '5.2.2'));
    expect(features('mailbox full', '552', '5.2.2')).not.toEqual(features('mailbox unknown', '552', '5.2.2'));
    expect(features('mailbox full', '552', '5.2.2')).not.toEqual(features('mailbox full', '452', '4.2.2'));
  });

  it('have word, bigram, character n-gram and code features, all in range', () => {
    const s = extractFeatures('Mailbox full', '552', '5.2.2', newSink());
    // codes: c:552, c:5, e:5.2, e:x.2.2; words: mailbox, full; bigram: mailbox full;
    // character 3–5-grams of "<mailbox>" (7+6+5) and "<full>" (4+3+2)
    expect(s.count).toBe(4 + 2 + 1 + 18 + 9);
    for (let k = 0; k < s.count; k++) {
      expect(s.buckets[k]).toBeGreaterThanOrEqual(0);
      expect(s.buckets[k]).toBeLessThan(BUCKETS);
    }
    expect(s.norm).toBeGreaterThan(0);
  });

  it('read text of any script, and leave out numbers and long ids', () => {
    expect(extractFeatures('メールボックスがいっぱいです', null, null, newSink()).count).toBeGreaterThan(10);
    expect(features('user unknown 203.0.113.5 a1b2c3d4e5f6g7 12345')).toEqual(features('user unknown'));
  });

  it('read at most MAX_CHARS characters of a huge paste, and nothing of an empty one but the missing codes', () => {
    const huge = 'mailbox full '.repeat(1_000_000);
    expect(features(huge)).toEqual(features(huge.slice(0, MAX_CHARS)));
    expect(extractFeatures('', null, null, newSink()).count).toBe(2);
  });
});

describe('model weights, packed', () => {
  it('unpack to the weights that were packed', () => {
    const entries = [
      { bucket: 0, cls: 1, q: -128 },
      { bucket: 0, cls: 0, q: 5 },
      { bucket: 300, cls: 1, q: 127 },
      { bucket: BUCKETS - 1, cls: 0, q: -1 },
    ];
    const w = unpack(pack(entries, { bucketBits: BUCKET_BITS, classes: ['spam', 'virus'], bias: [0.5, -0.5], scale: [0.5, 2] }));
    const at = (b: number) => Array.from({ length: w.offsets[b + 1]! - w.offsets[b]! }, (_, i) => [w.cls[w.offsets[b]! + i], w.weight[w.offsets[b]! + i]]);
    expect(at(0)).toEqual([[0, 2.5], [1, -256]]);
    expect(at(300)).toEqual([[1, 254]]);
    expect(at(BUCKETS - 1)).toEqual([[0, -0.5]]);
    expect(at(1)).toEqual([]);
    expect(Array.from(w.bias)).toEqual([0.5, -0.5]);
  });

  it('are refused when hashed into another number of buckets than the features', () => {
    expect(() => makePredictor({ ...MODEL, bucketBits: BUCKET_BITS + 1 })).toThrow(/retrain/);
  });
});

describe('model training', () => {
  it('learns to tell apart replies it was given, and its probabilities follow', () => {
    const samples = [
      ...['mailbox full', 'mailbox is full', 'over quota', 'quota exceeded for this mailbox'].map((text) => ({ text, code: '552', enhanced: '5.2.2', category: 'mailbox-full' })),
      ...['user unknown', 'no such user here', 'recipient address unknown', 'unknown user account'].map((text) => ({ text, code: '550', enhanced: '5.1.1', category: 'recipient-unknown' })),
    ];
    const p = makePredictor(train(samples, ['mailbox-full', 'recipient-unknown'], { ...DEFAULT_OPTIONS, epochs: 30 }));
    expect(p('the mailbox is full', '552', '5.2.2')[0]!.category).toBe('mailbox-full');
    expect(p('no such user', '550', '5.1.1')[0]!.category).toBe('recipient-unknown');
  });

  it('keeps no more weights than its budget, the largest ones', () => {
    const samples = ['mailbox full', 'user unknown', 'message too big', 'spam detected'].map((text, i) => ({ text, code: null, enhanced: null, category: ['mailbox-full', 'recipient-unknown', 'message-size', 'spam'][i]! }));
    const classes = ['mailbox-full', 'recipient-unknown', 'message-size', 'spam'];
    const m = fit(samples, classes, DEFAULT_OPTIONS);
    const all = m.w.filter((x) => x !== 0).length;
    const packed = compress(m, 40);
    expect(all).toBeGreaterThan(40);
    expect(packed.nonzero).toBeLessThanOrEqual(40);
    expect(packed.nonzero).toBeGreaterThan(30);
    // the kept weights are the largest: the smallest kept is no smaller than the largest dropped (up to int8 rounding)
    const kept = unpack(packed);
    const smallestKept = Math.min(...Array.from(kept.weight, Math.abs));
    const magnitudes = Array.from(m.w, Math.abs).sort((a, b) => b - a);
    expect(smallestKept).toBeGreaterThanOrEqual(magnitudes[40]! * 0.9);
  });
});

describe('predict (the generated weights)', () => {
  const categories = new Set<string>(CATEGORIES);

  it('returns a distribution over valid categories, most likely first, summing to 1', () => {
    for (const [reply, code, enhanced] of [
      ['550 5.7.1 Message rejected due to content restrictions', '550', '5.7.1'],
      ['', null, null],
      ['\u0000\u0001\u00ff binary \ufffd', null, null],
      ['x'.repeat(100_000), null, null],
    ] as const) {
      const votes = predict(reply, code, enhanced);
      expect(votes.length).toBe(MODEL.classes.length);
      expect(votes.length).toBeGreaterThan(10);
      expect(new Set(votes.map((v) => v.category)).size).toBe(votes.length);
      for (const v of votes) {
        expect(categories.has(v.category), v.category).toBe(true);
        expect(v.p).toBeGreaterThanOrEqual(0);
      }
      for (let i = 1; i < votes.length; i++) expect(votes[i]!.p).toBeLessThanOrEqual(votes[i - 1]!.p);
      expect(votes.reduce((a, v) => a + v.p, 0)).toBeCloseTo(1, 6);
    }
  });

  it('never offers the non-answers (unknown) or the non-failures the reader tells apart', () => {
    const offered = new Set(predict('hello', null, null).map((v) => v.category));
    for (const c of ['unknown', 'auto-reply', 'complaint', 'delivered']) expect(offered.has(c as never)).toBe(false);
  });

  it('gets clear textbook replies right', () => {
    expect(predict('552 5.2.2 mailbox full', '552', '5.2.2')[0]!.category).toBe('mailbox-full');
    expect(predict('550 5.1.1 <kim@example.com>: Recipient address rejected: User unknown in virtual mailbox table', '550', '5.1.1')[0]!.category).toBe('recipient-unknown');
    expect(predict('552 5.3.4 Message size exceeds fixed limit', '552', '5.3.4')[0]!.category).toBe('message-size');
    expect(predict('554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org', '554', '5.7.1')[0]!.category).toBe('ip-blocklist');
  });

  it('keeps its generated weights within the 60 KB gzip budget', () => {
    const file = readFileSync(join(ROOT, 'lib/diagnosis/model/weights.generated.ts'));
    expect(gzipSync(file, { level: 9 }).length).toBeLessThanOrEqual(60 * 1024);
  });
});

describe('the model stays out of the content scripts', () => {
  it('is not reachable from the content scripts’ code by any import, static or dynamic', async () => {
    // esbuild without code splitting follows dynamic imports too: every module a content script could load is listed.
    const result = await build({ entryPoints: [join(ROOT, 'lib/content/start.ts')], bundle: true, write: false, metafile: true, format: 'esm', platform: 'browser', packages: 'external', logLevel: 'silent' });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((p) => p.includes('lib/diagnosis/'))).toBe(true); // the engine is there…
    expect(inputs.filter((p) => p.includes('lib/diagnosis/model/'))).toEqual([]); // …the model is not
  });
});
