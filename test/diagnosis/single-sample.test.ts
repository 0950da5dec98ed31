/**
 * No rule fitted to one sample: every phrase or pattern that alone decides the verdict of exactly one sample of the
 * rule-writing material (the reply table and the shared corpus) must be backed by documentation (cue-usage.ts), or by
 * the development set: a cue that also decides real replies collected from other sources (test/diagnosis/dev) has been
 * seen to carry over, which is what a cue fitted to one sample does not do. The development set is counted only as
 * that corroboration; a cue that decides one development reply and nothing else is not flagged (70 when this was
 * written). The frozen test is not used here: nothing is ever tuned on it.
 */
import { describe, expect, it } from 'vitest';
import { readBounceBytes } from '../../lib/engine/input';
import { readPastedText, readText } from '../../lib/engine/read';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { installFastBlob } from '../../lib/node/fast-blob';
import { loadCorpus } from '../../bench/corpus-data';
import { cues, type CueDef } from '../../lib/diagnosis/cues';
import { cueKey, cueUsage, documented, fittedCues, samplesOf, type Sample } from './cue-usage';
import { REPLIES } from './replies';
import { DEV_REPLIES } from './dev/replies';

async function ruleWritingSamples(): Promise<Sample[]> {
  installFastBlob();
  const samples: Sample[] = [];
  for (const [i, c] of REPLIES.entries()) {
    const report = readText(c.reply);
    const first = samplesOf(`replies#${i}`, report)[0];
    const input = first?.input ?? { reply: c.reply, code: null, enhanced: null };
    samples.push({ name: `replies#${i}`, input: { ...input, remoteHost: c.remoteHost ?? input.remoteHost ?? null, recipient: c.recipient ?? input.recipient ?? null } });
  }
  const corpus = loadCorpus();
  if (corpus) for (const mail of corpus.mails) if (mail.expected) samples.push(...samplesOf(mail.name, await readBounceBytes(mail.bytes)));
  return samples;
}

/** The development set's replies as the popup reads a paste (its first recipient), named dev#<index>. */
function developmentSamples(): Sample[] {
  return DEV_REPLIES.flatMap((c, i) => samplesOf(`dev#${i}`, readPastedText(c.text, { documented: isDocumentedFailure })).slice(0, 1));
}

describe('the single-sample check', () => {
  it('finds no undocumented phrase or pattern that decides exactly one sample', async () => {
    const samples = await ruleWritingSamples();
    expect(samples.length).toBeGreaterThan(200);
    const dev = developmentSamples();
    expect(dev.length).toBeGreaterThan(3000);
    expect(fittedCues([...samples, ...dev])).toEqual([]);
  }, 120_000);

  it('counts a development reply that the cue decides too as corroboration, and nothing else', () => {
    // The same undocumented phrase alone in a corpus-like sample: flagged; with a development reply it also decides:
    // not flagged; with a second development reply only (no rule-writing sample): not flagged either.
    const lone = cues().all.find((d) => d.origin === 'rule' && d.kind === 'phrase' && /^[a-z ]+$/.test(d.text) && !documented(d) && cueUsage([{ name: 'x', input: { reply: `550 ${d.text}`, code: '550', enhanced: null } }]).get(cueKey(d))?.decides.length === 1);
    expect(lone).toBeDefined();
    const sample = (name: string, text: string): Sample =>({ name, input: { reply: `550 ${text}`, code: '550', enhanced: null } });
    const text = lone?.text ?? '';
    expect(fittedCues([sample('corpus#1', text)]).some((f) => f.includes(`"${text}"`))).toBe(true);
    expect(fittedCues([sample('corpus#1', text), sample('dev#1', `Error: ${text}`)]).some((f) => f.includes(`"${text}"`))).toBe(false);
    expect(fittedCues([sample('dev#1', text)]).some((f) => f.includes(`"${text}"`))).toBe(false);
  });

  it('can fail: a phrase that alone decides a sample is found, and one with no documentation is flagged', () => {
    // A general rule's phrase that no other cue shares, alone in a reply: leaving it out changes the verdict.
    const all = cues().all;
    const candidates = all.filter((d) => d.origin === 'rule' && d.kind === 'phrase' && /^[a-z ]+$/.test(d.text) && all.filter((o) => o.text === d.text).length === 1);
    const lone = candidates.find((d) => cueUsage([{ name: 'only', input: { reply: `550 ${d.text}`, code: '550', enhanced: null } }]).get(cueKey(d))?.decides.length === 1);
    expect(lone).toBeDefined();
    const usage = cueUsage([{ name: 'only', input: { reply: `550 ${lone?.text}`, code: '550', enhanced: null } }]);
    expect(usage.get(cueKey(lone as CueDef))?.decides).toEqual(['only']);
    expect(documented({ ...(lone as CueDef), text: 'zebra crossing refused', source: 'RFC 5321' })).toBe(false);
  });

  it('judges a pattern of alternatives by the alternative the decided sample took, not by another one', () => {
    // Orange documents "Invalid Sender"; nothing documents "unroutable sender".
    const def = { ...(cues().all.find((d) => d.kind === 'pattern' && d.origin === 'rule') as CueDef), text: String.raw`\b(?:invalid|unroutable) sender\b` };
    expect(documented(def)).toBe(true);
    expect(documented(def, 'Invalid Sender')).toBe(true);
    expect(documented(def, 'Unroutable sender')).toBe(false);
  });
});
