/**
 * The copied report, as Markdown (for a ticket or a chat) and as plain text, in human words: the headline that counts
 * the recipients, then each cause with its addresses, who acts, the codes, the server's reply, the explanation and
 * the steps. Anything that comes from the bounce — the subject, addresses, hosts, the reply, and the domains, IPs and
 * links the texts are filled with — is inert in the Markdown: in code spans or a fenced block, or escaped, so nothing
 * in it becomes a link, an image, a heading or HTML where the Markdown is rendered.
 */
import { isInertCommand } from '../diagnosis/shell';
import type { Diagnosis } from '../diagnosis/types';
import type { BounceReport, FailedRecipient } from '../engine/types';
import { formatNumber, ui } from '../i18n/locale';
import { EN_UI } from '../i18n/ui/en';
import { summarize } from './summary';

/** The copied report's words in English; every language's are in lib/i18n/ui (`export`). */
export const EXPORT_WORDS = EN_UI.export;

/** The longest run of backticks in `s`. */
function longestTicks(s: string): number {
  let longest = 0;
  let run = 0;
  for (const ch of s) {
    run = ch === '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/** An inline code span that holds any text (line breaks become spaces): a fence longer than any backtick run in it. */
export function mdCode(s: string): string {
  const flat = s.replace(/[\r\n]+/g, ' ');
  const fence = '`'.repeat(longestTicks(flat) + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A fenced block that holds any text, whatever fences it contains. */
export function mdFence(s: string): string {
  const fence = '`'.repeat(Math.max(3, longestTicks(s) + 1));
  return `${fence}text\n${s.replace(/\r\n?/g, '\n')}\n${fence}`;
}

/**
 * Could this word become a link where Markdown is rendered with autolinks (GitHub's, linkify)? URLs and anything with
 * a scheme, e-mail addresses, host names and IP addresses (a dot between two word characters) are put in code spans.
 */
function linkable(word: string): boolean {
  return word.includes('@') || word.includes('://') || /^[a-z][a-z0-9+.-]{0,30}:./i.test(word) || /\w\.\w/.test(word);
}

/** Prose for Markdown: link-like words in code spans, the rest with Markdown's punctuation escaped. */
export function mdText(s: string): string {
  const out = s
    .replace(/[\r\n]+/g, ' ')
    .split(/(\s+)/)
    .map((part) => (part.trim() === '' ? part : linkable(part) ? mdCode(part) : escapeProse(part)))
    .join('');
  // What would start a block at the beginning of a line: a heading, a list, a quote, a numbered item.
  return out.replace(/^(\s*)([#>+-]|\d+[.)])/, '$1\\$2');
}

function escapeProse(s: string): string {
  return s.replace(/[\\`*_[\]<>|~!&{}]/g, '\\$&');
}

function codesOf(r: FailedRecipient): string {
  return [r.code, r.enhanced].filter(Boolean).join(' ');
}

interface Line {
  label?: string;
  text: string;
}

/** The report as a list of blocks both renderers share. */
function blocks(report: BounceReport, diagnoses: Diagnosis[], omitted: number) {
  const summary = summarize(report, diagnoses);
  return {
    summary,
    omitted,
    groups: summary.groups.map((g) => {
      const i = g.indexes[0] as number;
      const d = diagnoses[i] as Diagnosis;
      const r = report.recipients[i] as FailedRecipient;
      return { g, d, r };
    }),
  };
}

export function reportMarkdown(report: BounceReport, diagnoses: Diagnosis[], omitted = 0): string {
  const EXPORT_WORDS = ui().export;
  const { summary, groups } = blocks(report, diagnoses, omitted);
  const lines: string[] = [`# ${EXPORT_WORDS.title}`, '', `**${mdText(summary.headline)}**`, '', mdText(summary.status), ''];
  if (report.subject) lines.push(`- ${EXPORT_WORDS.subject}: ${mdCode(report.subject)}`);
  if (report.reportingMta) lines.push(`- ${EXPORT_WORDS.reportedBy}: ${mdCode(report.reportingMta)}`);
  for (const { g, d, r } of groups) {
    lines.push('', `## ${mdText(g.heading)}`, '');
    const facts: Line[] = [
      { label: g.recipients.length > 1 ? EXPORT_WORDS.recipients : EXPORT_WORDS.recipient, text: g.recipients.map(mdCode).join(', ') },
      { label: EXPORT_WORDS.whoActs, text: mdText(g.whoActs) },
      { label: EXPORT_WORDS.status, text: g.permanent ? EXPORT_WORDS.final : EXPORT_WORDS.pending },
    ];
    if (codesOf(r)) facts.push({ label: EXPORT_WORDS.codes, text: `${mdCode(codesOf(r))}${d.statusMeaning ? ` — ${mdText(d.statusMeaning)}` : ''}` });
    if (d.provider) facts.push({ label: EXPORT_WORDS.rejectedBy, text: mdText(d.provider.name) });
    if (r.remoteHost || r.remoteIp) facts.push({ label: EXPORT_WORDS.remote, text: [r.remoteHost, r.remoteIp].filter((x): x is string => !!x).map(mdCode).join(' ') });
    if (r.command) facts.push({ label: EXPORT_WORDS.answered, text: mdCode(r.command) });
    for (const f of facts) lines.push(`- ${f.label}: ${f.text}`);
    const reply = r.reply ?? r.statedReason;
    if (reply) lines.push('', EXPORT_WORDS.reply, '', mdFence(reply));
    lines.push('', mdText(d.explanation), '', EXPORT_WORDS.steps, '');
    d.checklist.forEach((s, n) => {
      const who = s.audience === 'own-server' ? EXPORT_WORDS.ownServer : s.audience === 'mail-provider' ? EXPORT_WORDS.mailProvider : '';
      lines.push(`${n + 1}. ${mdText(who + s.text)}`);
      if (s.command && isInertCommand(s.command)) lines.push(`   ${mdCode(s.command)}`);
      if (s.link) lines.push(`   ${mdCode(s.link)}`);
    });
  }
  if (omitted > 0) lines.push('', mdText(EXPORT_WORDS.omitted.replace('{n}', formatNumber(omitted))));
  return lines.join('\n') + '\n';
}

/** The same report as plain text (for an e-mail or a chat that does not render Markdown). */
export function reportText(report: BounceReport, diagnoses: Diagnosis[], omitted = 0): string {
  const EXPORT_WORDS = ui().export;
  const { summary, groups } = blocks(report, diagnoses, omitted);
  const lines: string[] = [EXPORT_WORDS.title, '', summary.headline, summary.status];
  if (report.subject) lines.push(`${EXPORT_WORDS.subject}: ${report.subject}`);
  if (report.reportingMta) lines.push(`${EXPORT_WORDS.reportedBy}: ${report.reportingMta}`);
  for (const { g, d, r } of groups) {
    lines.push('', g.heading, '-'.repeat(Math.min(72, g.heading.length)));
    lines.push(`${g.recipients.length > 1 ? EXPORT_WORDS.recipients : EXPORT_WORDS.recipient}: ${g.recipients.join(', ')}`);
    lines.push(`${EXPORT_WORDS.whoActs}: ${g.whoActs}`, `${EXPORT_WORDS.status}: ${g.permanent ? EXPORT_WORDS.final : EXPORT_WORDS.pending}`);
    if (codesOf(r)) lines.push(`${EXPORT_WORDS.codes}: ${codesOf(r)}${d.statusMeaning ? ` — ${d.statusMeaning}` : ''}`);
    if (d.provider) lines.push(`${EXPORT_WORDS.rejectedBy}: ${d.provider.name}`);
    if (r.remoteHost || r.remoteIp) lines.push(`${EXPORT_WORDS.remote}: ${[r.remoteHost, r.remoteIp].filter(Boolean).join(' ')}`);
    const reply = r.reply ?? r.statedReason;
    if (reply) lines.push('', EXPORT_WORDS.reply, ...reply.split(/\r?\n/).map((l) => `    ${l}`));
    lines.push('', d.explanation, '', EXPORT_WORDS.steps);
    d.checklist.forEach((s, n) => {
      const who = s.audience === 'own-server' ? EXPORT_WORDS.ownServer : s.audience === 'mail-provider' ? EXPORT_WORDS.mailProvider : '';
      lines.push(`${n + 1}. ${who}${s.text}`);
      if (s.command && isInertCommand(s.command)) lines.push(`   ${s.command}`);
      if (s.link) lines.push(`   ${s.link}`);
    });
  }
  if (omitted > 0) lines.push('', EXPORT_WORDS.omitted.replace('{n}', formatNumber(omitted)));
  return lines.join('\n') + '\n';
}

/** The analysis as JSON (for a script or a bug report): the facts and the diagnoses, as the CLI prints them. */
export function reportJson(report: BounceReport, diagnoses: Diagnosis[], omitted = 0): string {
  return JSON.stringify({ generator: 'Bounce Doctor', report, diagnoses, omitted }, null, 2) + '\n';
}
