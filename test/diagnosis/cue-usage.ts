/**
 * How much each cue of the tables decides, over the material the rules may be written from (the rule-writing reply
 * table and the shared corpus's failed recipients): for every phrase or pattern, the samples whose verdict changes when
 * it alone is left out. A cue that decides exactly one sample and that no documentation backs is a rule fitted to
 * that sample (SpamAssassin's mass-check idea: a rule is judged by its hits over corpora, not by one message).
 */
import { classify, innerReply, type ClassifyInput } from '../../lib/diagnosis/classify';
import { cues, findCues, type CueDef } from '../../lib/diagnosis/cues';
import { KNOWLEDGE } from '../../lib/diagnosis/knowledge/index';
import type { BounceReport } from '../../lib/engine/types';

export interface Sample {
  name: string;
  input: ClassifyInput;
}

export const cueKey = (def: Pick<CueDef, 'id' | 'text'>) => `${def.id}#${def.text}`;

/** The classify inputs of every failed recipient of a report (the way verdict.ts builds them). */
export function samplesOf(name: string, report: BounceReport): Sample[] {
  if (!report.isBounce) return [];
  return report.recipients.map((r, i) => ({
    name: `${name}#${i}`,
    input: {
      reply: r.reply ?? r.statedReason,
      code: r.code,
      enhanced: r.enhanced,
      remoteHost: r.remoteHost,
      recipient: r.recipient,
      original: report.original,
      command: r.command,
      delayed: r.action === 'delayed' || report.kind === 'delay',
      statedReason: r.reply ? r.statedReason : null,
    },
  }));
}

export interface CueUsage {
  def: CueDef;
  /** Samples the cue's words are found in. */
  hits: string[];
  /** Samples whose verdict changes without it. */
  decides: string[];
}

export function cueUsage(samples: readonly Sample[]): Map<string, CueUsage> {
  const table = cues();
  const usage = new Map<string, CueUsage>();
  for (const def of table.all) usage.set(cueKey(def), usage.get(cueKey(def)) ?? { def, hits: [], decides: [] });
  for (const s of samples) {
    const reply = innerReply(s.input.reply ?? '');
    const texts = [reply, s.input.statedReason ?? ''].filter(Boolean);
    const keys = new Set(texts.flatMap((t) => findCues(t, table).map((h) => cueKey(h.def))));
    if (keys.size === 0) continue;
    const base = classify(s.input).category;
    for (const key of keys) {
      const u = usage.get(key);
      if (!u) continue;
      u.hits.push(s.name);
      if (classify({ ...s.input, exclude: new Set([key]) }).category !== base) u.decides.push(s.name);
    }
  }
  return usage;
}

const documentedTexts = KNOWLEDGE.flatMap((k) => k.replies.map((e) => e.text.toLowerCase()));

/**
 * A cue is backed by documentation when it is a knowledge entry (each cites its page), when its words appear in a
 * documented reply text or in its own rule's cited source, or, for a pattern, when a documented reply text matches it.
 */
export function documented(def: CueDef): boolean {
  if (def.origin === 'knowledge') return true;
  // A pattern is backed when documented replies say what it matches ("Blocked by this recipient", "rejected by
  // recipient's email security filter" for a pattern of the recipient refusing).
  // (A provider rule's pattern is a token of that provider: its text is the pattern too.)
  if (def.kind === 'pattern' || def.kind === 'token') {
    const re = new RegExp(def.text, 'i');
    return documentedTexts.some((t) => re.test(t));
  }
  const words = def.text.replace(/\*$/, '').toLowerCase();
  if (def.source?.toLowerCase().includes(words)) return true;
  return documentedTexts.some((t) => t.includes(words));
}
