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
  /** For each sample it decides, the words it matched there. */
  decidedWords: string[];
}

export function cueUsage(samples: readonly Sample[]): Map<string, CueUsage> {
  const table = cues();
  const usage = new Map<string, CueUsage>();
  for (const def of table.all) usage.set(cueKey(def), usage.get(cueKey(def)) ?? { def, hits: [], decides: [], decidedWords: [] });
  for (const s of samples) {
    const reply = innerReply(s.input.reply ?? '');
    const texts = [reply, s.input.statedReason ?? ''].filter(Boolean);
    const words = new Map<string, string>();
    for (const t of texts) for (const h of findCues(t, table)) if (!words.has(cueKey(h.def))) words.set(cueKey(h.def), t.slice(h.start, h.end));
    const keys = new Set(words.keys());
    if (keys.size === 0) continue;
    const base = classify(s.input).category;
    for (const key of keys) {
      const u = usage.get(key);
      if (!u) continue;
      u.hits.push(s.name);
      if (classify({ ...s.input, exclude: new Set([key]) }).category !== base) {
        u.decides.push(s.name);
        u.decidedWords.push(words.get(key) ?? '');
      }
    }
  }
  return usage;
}

/** The words of a matched text that are the pattern's own: names, addresses, numbers and ids left out. */
function wordsOf(matched: string): string[] {
  const plain = matched.toLowerCase().replace(/\S*[@.]\S*\.[a-z]{2,}\S*|\[[^\]]*\]|\S*\d\S*/g, ' ');
  return [...new Set(plain.split(/[^a-z']+/).filter((w) => w.length >= 3))];
}

const documentedTexts = KNOWLEDGE.flatMap((k) => k.replies.map((e) => e.text.toLowerCase()));

/**
 * A cue is backed by documentation when it is a knowledge entry (each cites its page), when its words appear in a
 * documented reply text or in its own rule's cited source, or, for a pattern, when a documented reply text matches it
 * with the words the pattern matched in the sample it decides (given as `matched`): a pattern's alternatives are judged
 * one by one, so a documented "for 5 days" does not back an undocumented "within 5 days" written into the same pattern.
 */
export function documented(def: CueDef, matched?: string): boolean {
  if (def.origin === 'knowledge') return true;
  // A pattern is backed when documented replies say what it matches ("Blocked by this recipient", "rejected by
  // recipient's email security filter" for a pattern of the recipient refusing).
  // (A provider rule's pattern is a token of that provider: its text is the pattern too.)
  if (def.kind === 'pattern' || def.kind === 'token') {
    const re = new RegExp(def.text, 'i');
    const backing = documentedTexts.filter((t) => re.test(t));
    if (backing.length === 0) return false;
    // And in the words it matched in the sample it decides: a pattern of alternatives is backed by the alternative the
    // sample took, not by another one ("not delivered within N days" is not backed by a text that says "for N days").
    if (matched === undefined) return true;
    const words = wordsOf(matched);
    return backing.some((t) => words.every((w) => t.includes(w)));
  }
  const words = def.text.replace(/\*$/, '').toLowerCase();
  if (def.source?.toLowerCase().includes(words)) return true;
  return documentedTexts.some((t) => t.includes(words));
}

/**
 * Cues fitted to one sample: each decides exactly one sample, that sample is not a development reply (named dev#…), and
 * no documentation backs it. A development reply it decides as well counts against "exactly one".
 */
export function fittedCues(samples: readonly Sample[]): string[] {
  return [...cueUsage(samples).values()]
    .filter((u) => u.decides.length === 1 && !(u.decides[0] as string).startsWith('dev#') && !documented(u.def, u.decidedWords[0]))
    .map((u) => `${u.def.id} "${u.def.text}" decides only ${u.decides[0]} (matched "${u.decidedWords[0]}")`);
}
