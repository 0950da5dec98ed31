/**
 * Every regular expression in the engine (lib/engine, lib/diagnosis, lib/webmail, lib/content), checked for
 * catastrophic backtracking by the recheck ReDoS analyser. Literals are found in the sources with the TypeScript
 * parser; patterns built at run time are checked from the tables that hold them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ORIGINAL_MESSAGE_MARKERS, FORMATS } from '../../lib/engine/formats';
import { LOCALIZED_RECIPIENT_LEAD, LOCALIZED_RECIPIENT_TRAIL, LOCALIZED_REPLY_INTRO } from '../../lib/engine/localized-notices';
import { COMMAND_HINTS, REMOTE_PATTERNS } from '../../lib/engine/reply';
import { PROVIDERS } from '../../lib/diagnosis/providers';
import { KNOWLEDGE } from '../../lib/diagnosis/knowledge/index';
import { fieldPattern } from '../../lib/diagnosis/cues';
import { FAILURE_WORDS_STRONG, FAILURE_WORDS_WEAK, PASTE_FORMATS } from '../../lib/engine/paste-formats';

const ROOTS = ['lib/engine', 'lib/diagnosis', 'lib/webmail', 'lib/content', 'lib/pages', 'lib/popup', 'lib/node'].map((d) => join(__dirname, '../..', d));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

interface Found {
  where: string;
  source: string;
  flags: string;
}

function literals(file: string): Found[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Found[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.text;
      const end = text.lastIndexOf('/');
      out.push({ where: `${relative(process.cwd(), file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`, source: text.slice(1, end), flags: text.slice(end + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const found: Found[] = ROOTS.flatMap(sources).flatMap(literals);
const runtime: Found[] = [
  ...REMOTE_PATTERNS.map((r, i) => ({ where: `REMOTE_PATTERNS[${i}]`, source: r.source, flags: r.flags })),
  ...COMMAND_HINTS.map((r, i) => ({ where: `COMMAND_HINTS[${i}]`, source: r.source, flags: r.flags })),
  ...ORIGINAL_MESSAGE_MARKERS.map((r, i) => ({ where: `ORIGINAL_MESSAGE_MARKERS[${i}]`, source: r.source, flags: r.flags })),
  ...FORMATS.flatMap((f) => f.signatures.map((r, i) => ({ where: `${f.id}.signatures[${i}]`, source: r.source, flags: r.flags }))),
  // Localized notices' words, built from their table.
  ...[LOCALIZED_RECIPIENT_LEAD, LOCALIZED_RECIPIENT_TRAIL, LOCALIZED_REPLY_INTRO].map((r, i) => ({ where: `LOCALIZED[${i}]`, source: r.source, flags: r.flags })),
  // The paste reader's wrapper table builds some patterns from pieces.
  ...PASTE_FORMATS.flatMap((f) =>
    [f.start, f.context?.pattern, f.tailAddress, f.recipientsAfter].flatMap((r, i) => (r ? [{ where: `${f.id}[${i}]`, source: r.source, flags: r.flags }] : [])),
  ),
  ...[...FAILURE_WORDS_STRONG, ...FAILURE_WORDS_WEAK].map((r, i) => ({ where: `FAILURE_WORDS[${i}]`, source: r.source, flags: r.flags })),
  // A documented API field's pattern, built from its knowledge phrase (cues.ts fieldPattern).
  ...KNOWLEDGE.flatMap((k) => k.replies.flatMap((e) => (e.phrases ?? []).flatMap((p) => fieldPattern(p) ?? []))).map((r, i) => ({ where: `fieldPattern[${i}]`, source: r.source, flags: r.flags })),
  // Provider tables may build patterns from data (Orange / La Poste codes): those not already found as literals.
  ...PROVIDERS.flatMap((p) =>
    p.rules.flatMap((rule) => (rule.patterns ?? []).map((r, i) => ({ where: `${rule.id}.patterns[${i}]`, source: r.source, flags: r.flags }))),
  ).filter((f, i, all) => all.findIndex((g) => g.source === f.source) === i),
].filter((f) => !found.some((g) => g.source === f.source && g.flags === f.flags));

/**
 * Patterns whose worst case is polynomial, accepted only because every input they see is bounded; each names the
 * bound. Matched by the start of the pattern's source. Exponential patterns are never accepted.
 */
const BOUNDED: { start: string; bound: string }[] = [
  { start: '(?:[\\p{L}\\p{N}](?:', bound: 'sticky at one @; labels ≤ 63 characters, ≤ 8 labels (addresses.ts)' },
  { start: '[^\\s<>"\';,()]{1,64}@', bound: 'DSN field values cut to 1,000 characters (dsn.ts)' },
  { start: '\\*.*$', bound: 'charset names of encoded words, ≤ 40 characters' },
  { start: '(?:\\bto=<|RCPT TO:', bound: 'the first 20,000 characters only (read-text.ts)' },
  { start: '\\s*\\(in reply to', bound: 'replies cut to 8,000 characters (cleanReply)' },
  { start: '\\s*\\[(?:rcpt_to', bound: 'replies cut to 8,000 characters (cleanReply)' },
  { start: '\\s*##\\s*$', bound: 'replies cut to 8,000 characters (cleanReply)' },
  { start: '(?:\\b(?:delivered to|', bound: 'the 80 characters before an address (findAnchors)' },
  { start: '\\b(?:delivering|deliver|', bound: 'the 80 characters before an address (findAnchors)' },
  { start: '(?:\\bsaid:?|', bound: 'the 120–200 characters before a code (scoreCandidate)' },
  { start: '\\b(?:for|to)[ \\t]+<?', bound: 'the 300 characters before a reply (readReportText)' },
  { start: '^\\s*(?:-{3,}|={3,}', bound: 'one line of a reply, ≤ 1,500 characters (replyExtent)' },
  { start: '^\\s*(?:(?:-{1,2}|[*•>])\\s*)?', bound: 'the 200 characters before an address (findAnchors)' },
  { start: '^\\s*[>"\')]?\\s*(?::.*', bound: 'the 400 characters after an address (findAnchors)' },
  { start: '^\\s*[>"]?\\s+[A-Za-z', bound: 'the 400 characters after an address (findAnchors)' },
  { start: '(?:said|was|returned|reason', bound: 'the previous line, ≤ 200 characters (scoreCandidate)' },
  { start: '^\\s*[<"]?[^\\s@<>]{1,64}@', bound: 'one line of a reply, ≤ 1,500 characters (replyExtent)' },
  { start: '^\\s*[<"]?[^\\s@<>()]{1,64}@', bound: 'one line of a reply, ≤ 1,500 characters (replyExtent)' },
  { start: 'RCPT TO:?\\s*<([^>\\s]{1,300})>', bound: 'the 400 characters before a reply' },
  { start: '[\'"]\\s*(?:\\(delivery attempts', bound: 'a reply, ≤ 8,000 characters (innerReply)' },
  { start: '\\s*\\(.*\\)$', bound: "a provider's display name (constant data)" },
  { start: '\\b(?:intended recipient|', bound: 'the 80 characters before an address (findAnchors)' },
  { start: '\\b(?:contact(?:ing)?|write to', bound: 'the 100 characters before an address, or the 100 of the line before it (findAnchors)' },
  { start: '^[ \\t]*([A-Za-z0-9][\\w.+-]{0,63})', bound: 'one line, ≤ 300 characters (findBareNames)' },
  { start: '[^\\s<>"\'()]{1,64}@', bound: 'attribute values cut to 500 characters (outlook.ts)' },
];

/**
 * recheck's checkSync waits on its worker through synckit, which now and then finds the answer's port still empty after
 * the wake-up ("Cannot read properties of undefined (reading 'message')", seen once in a fresh-clone CI run on a loaded
 * machine): that is the harness failing, not the pattern, so the check is asked again, up to three times.
 */
function checkRetried(...args: Parameters<typeof checkSync>): ReturnType<typeof checkSync> {
  for (let attempt = 1; ; attempt++) {
    try {
      return checkSync(...args);
    } catch (e) {
      if (attempt >= 3 || !(e instanceof TypeError) || !/reading 'message'/.test(e.message)) throw e;
    }
  }
}

describe('ReDoS analysis', () => {
  it('finds the patterns (the scan itself works)', () => {
    expect(found.length).toBeGreaterThan(150);
  });

  it.each([...found, ...runtime].map((f) => [f.where, f] as const))('%s cannot backtrack catastrophically', (_where, f) => {
    // Some provably linear patterns take recheck seconds on a loaded machine; a timeout proves nothing either way, so
    // the budget is generous (the vitest timeout is 20 s). For a pattern that must be proven linear, the fuzzer's own
    // clocks (an attack run over 1 s or an incubation over 250 ms counts as slow) are switched off: on a busy machine
    // they called a linear pattern polynomial. Its step counts decide instead, the same on every run (fixed seed).
    // A bounded pattern may be polynomial anyway; there the check is only that it is not exponential.
    const bounded = BOUNDED.find((b) => f.source.startsWith(b.start));
    const options = bounded ? { timeout: 15_000 } : { timeout: 15_000, attackTimeout: null, incubationTimeout: null, randomSeed: 0 };
    const result = checkRetried(f.source, f.flags.replace(/[gy]/g, ''), options);
    if (result.status === 'safe') return;
    if (result.status === 'vulnerable') expect(result.complexity.type, `exponential: ${result.attack.pattern}`).toBe('polynomial');
    expect(bounded, `${f.where}: /${f.source.slice(0, 80)}/ is ${result.status === 'vulnerable' ? `polynomial (attack ${result.attack.pattern})` : 'not provably linear'} and its input is not known to be bounded`).toBeDefined();
  });

  it('every bounded exception is still in use', () => {
    const all = [...found, ...runtime];
    for (const b of BOUNDED) expect(all.some((f) => f.source.startsWith(b.start)), b.start).toBe(true);
  });
});
