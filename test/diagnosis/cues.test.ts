/** The cue index (cues.ts): looking long phrases up by their first two words finds exactly what their first word alone did. */
import { describe, expect, it } from 'vitest';
import { cues, findCues, type CompiledCues, type Indexed } from '../../lib/diagnosis/cues';
import { KNOWLEDGE } from '../../lib/diagnosis/knowledge/index';
import { REPLIES } from './replies';

/**
 * The index as it was (every phrase under its first word alone), tried word by word: slow, obviously the same
 * semantics (a phrase starts at a word whose whole text is the phrase's first word, and ends at a word's end).
 */
const FIRST_WORD = new WeakMap<CompiledCues, Map<string, Indexed[]>>();
function firstWordIndex(table: CompiledCues): Map<string, Indexed[]> {
  let all = FIRST_WORD.get(table);
  if (!all) {
    all = new Map();
    for (const e of [...table.byFirstWord.values(), ...table.byTwoWords.values()].flat()) {
      const first = /[\p{L}\p{N}]+/u.exec(e.text.toLowerCase())?.[0] ?? '';
      all.set(first, [...(all.get(first) ?? []), e]);
    }
    FIRST_WORD.set(table, all);
  }
  return all;
}

function byFirstWordOnly(text: string, table: CompiledCues): string[] {
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  const all = firstWordIndex(table);
  const found: string[] = [];
  for (const m of lower.matchAll(/[\p{L}\p{N}]+/gu)) {
    const at = m.index;
    for (const e of all.get(m[0]) ?? []) {
      if (e.caseSensitive && !sameLength) continue;
      if (!(e.caseSensitive ? text : lower).startsWith(e.text, at)) continue;
      let after = lower[at + e.text.length];
      if (after === 's' && !e.caseSensitive) after = lower[at + e.text.length + 1];
      if (!e.prefix && /[\p{L}\p{N}]/u.test(e.text.at(-1) as string) && after !== undefined && /[\p{L}\p{N}]/u.test(after)) continue;
      found.push(`${e.def.id}@${at}:${at + e.text.length}`);
    }
  }
  return found.sort();
}

describe('the cue index', () => {
  const table = cues();
  // Prefixes, plain-search phrases and patterns are found apart from the index.
  const apart = new Set([...table.prefixes, ...table.loose, ...table.looseWide, ...table.patterns].map((e) => e.def));
  const indexed = (text: string) => findCues(text, table).filter((h) => !apart.has(h.def));
  const texts = [...REPLIES.map((r) => r.reply), ...KNOWLEDGE.flatMap((k) => k.replies.map((e) => e.text)).slice(0, 600)];

  it('puts phrases of three words or more under their first two words, shorter ones under their first', () => {
    expect(table.byTwoWords.size).toBeGreaterThan(500);
    for (const [key, list] of table.byTwoWords) for (const e of list) expect(e.text.toLowerCase().startsWith(key.split(' ')[0] as string)).toBe(true);
  });

  it(`finds what the first word alone finds, on ${texts.length} replies and documented texts`, () => {
    const differ = texts.filter((t) => {
      const fast = indexed(t).map((h) => `${h.def.id}@${h.start}:${h.end}`).sort();
      return JSON.stringify([...new Set(fast)]) !== JSON.stringify([...new Set(byFirstWordOnly(t, table))]);
    });
    expect(differ.slice(0, 5)).toEqual([]);
  });

  // The buckets of a hundred phrases and more ("can't …", "mail box …") are split by the phrases' third word: every
  // phrase in them, written as a reply writes it, with a plural "s" or cut short, is still found as the first word finds it.
  const large = [...table.byTwoWords.values()].filter((list) => list.length >= 12);
  const phrases = large.flat().filter((e) => !e.caseSensitive).map((e) => e.text);
  const written = phrases.flatMap((p) => [`x ${p} y`, `${p}s.`, `(${p})`, p.replace(/\s*\S+$/, '')]);
  it(`finds every phrase of the ${large.length} largest buckets as the first word alone finds it (${written.length} texts)`, () => {
    expect(large.length).toBeGreaterThan(10);
    const differ = written.filter((t) => {
      const fast = indexed(t).map((h) => `${h.def.id}@${h.start}:${h.end}`).sort();
      return JSON.stringify([...new Set(fast)]) !== JSON.stringify([...new Set(byFirstWordOnly(t, table))]);
    });
    expect(differ.slice(0, 5)).toEqual([]);
    expect(written.filter((t) => indexed(t).length > 0).length).toBeGreaterThan(phrases.length);
  });
});

describe("the patterns' pre-check", () => {
  const table = cues();
  const patternDefs = new Set(table.patterns.map((p) => p.def));
  const texts = [...REPLIES.map((r) => r.reply), ...KNOWLEDGE.flatMap((k) => k.replies.map((e) => e.text))];
  // Every pattern run on every text, with no pre-check: what the pre-check may never change.
  const everyPattern = (text: string) =>
    table.patterns.flatMap(({ re, def }) => {
      const m = re.exec(text);
      return m ? [`${def.id}@${m.index}`] : [];
    });
  const found = (text: string) => findCues(text, table).filter((h) => patternDefs.has(h.def)).map((h) => `${h.def.id}@${h.start}`);

  it(`finds what running every pattern finds, on ${texts.length} replies and documented texts`, () => {
    const single = texts.filter((t) => !/\s{2}|[\t\n\r\f\v\u00a0]/.test(t));
    const matched = single.filter((t) => everyPattern(t).length > 0);
    expect(matched.length).toBeGreaterThan(200);
    const differ = single.filter((t) => JSON.stringify(found(t).sort()) !== JSON.stringify(everyPattern(t).sort()));
    expect(differ.slice(0, 5)).toEqual([]);
  });

  it('runs a pattern with no one required piece of text when any of its alternatives is there', () => {
    // "(?:mailbox|account|user|recipient|address|inbox|mail) … is disabled": no text common to every alternative.
    const alternatives = table.patterns.filter((p) => /^\\b\(\?:mailbox\|account\|user\|recipient\|address\|inbox\|\(\?<!\\bsend\(\?:ing\)\? \(\?:new \|outgoing \|outbound \)\?\)\(\?:e-\?\)\?mail\(\?! server\\b\)\)/.test(p.re.source));
    expect(alternatives.length).toBe(1);
    for (const text of ['The account example is disabled', 'This inbox has been disabled', 'E-mail address was suspended']) expect(found(text).length).toBeGreaterThan(0);
  });
});

describe('cues in a reply broken over lines or spaced twice', () => {
  it('finds a phrase across a line break or a run of spaces, and gives its place in the text as it is', () => {
    const text = 'Mailbox  is\n   full, try later';
    const hits = findCues(text).filter((h) => text.slice(h.start, h.end).toLowerCase().replace(/\s+/g, ' ') === 'mailbox is full');
    expect(hits.length).toBeGreaterThan(0);
    expect(text.slice(hits[0]!.start, hits[0]!.end)).toBe('Mailbox  is\n   full');
    // The same phrase written plainly is found at the same words.
    expect(findCues('Mailbox is full, try later').some((h) => h.def === hits[0]!.def)).toBe(true);
  });
});

describe('cues in the scripts written without spaces', () => {
  it('finds a Japanese phrase that runs on into the next word, as the sentence writes it', () => {
    const text = '受信者のメールボックスがいっぱいになり、メッセージを受け入れることはできません。';
    expect(findCues(text).some((h) => h.def.category === 'mailbox-full' && text.slice(h.start, h.end) === '受信者のメールボックスがいっぱい')).toBe(true);
  });
});

describe('plain-search phrases outside ASCII', () => {
  it('are kept apart and still found in a text that has such characters', () => {
    const table = cues();
    expect(table.looseWide.length).toBeGreaterThan(0);
    expect(table.looseWide.every((e) => /[^\t\n\r\x20-\x7e]/.test(e.text))).toBe(true);
    expect(table.loose.every((e) => !/[^\t\n\r\x20-\x7e]/.test(e.text))).toBe(true);
    expect(findCues('550 该用户不存在').some((h) => h.def.category === 'recipient-unknown')).toBe(true);
  });
});

describe("a provider's token in a text that upper-cased every letter", () => {
  const ids = (text: string) => findCues(text, cues()).filter((h) => h.def.kind === 'token').map((h) => h.def.id);
  it('finds a long token written in mixed case in any case', () => {
    const asWritten = ids('554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied');
    expect(asWritten.length).toBeGreaterThan(0);
    expect(ids('554 5.2.0 STOREDRV.SUBMISSION.EXCEPTION:SENDASDENIEDEXCEPTION.MAPIEXCEPTIONSENDASDENIED')).toEqual(asWritten);
  });
  it('keeps a short or one-case token as written', () => {
    expect(ids('421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred').length).toBeGreaterThan(0);
    expect(ids('I will do it later, tss04 is my ticket number')).toEqual([]);
  });
});
