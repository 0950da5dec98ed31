/**
 * `bounce-doctor summary`: what a mail admin wants from a folder of bounces. Counts per category and per receiving
 * provider, the addresses to remove from mailing lists (the diagnosis says suppress: the address or its domain does
 * not exist, or the mailbox is disabled), and the problems on the sender's side — the ones to fix first, since they
 * hurt every message — most frequent first, each with an example reply. Memory grows with the distinct addresses
 * and replies, never with the whole inputs.
 */
import type { Category } from '../diagnosis/types';
import { thousands } from '../engine/limits';
import type { BounceJson, CliResult } from './output';
import { terminalSafe } from './terminal';

interface SenderProblem {
  category: Category;
  title: string;
  count: number;
  example: string | null;
}

export class Summary {
  inputs = 0;
  errors = 0;
  bounces = 0;
  delays = 0;
  notBounces = 0;
  recipients = 0;
  /** Counted past the listed recipients of very large reports. */
  unlisted = 0;
  readonly categories = new Map<string, number>();
  readonly providers = new Map<string, number>();
  readonly suppress = new Set<string>();
  readonly sender = new Map<string, SenderProblem>();

  add(result: CliResult): void {
    this.inputs++;
    if ('error' in result) {
      this.errors++;
      return;
    }
    if (!result.isBounce) {
      this.notBounces++;
      return;
    }
    if (result.kind === 'delay') this.delays++;
    else this.bounces++;
    this.unlisted += result.moreRecipients ?? 0;
    for (const b of result.bounces) this.addRecipient(b);
  }

  private addRecipient(b: BounceJson): void {
    this.recipients++;
    bump(this.categories, b.category);
    bump(this.providers, b.provider?.name ?? (b.recipient ? `other: ${b.recipient.slice(b.recipient.lastIndexOf('@') + 1).toLowerCase()}` : 'not named'));
    if (b.suppress && b.recipient) this.suppress.add(b.recipient.toLowerCase());
    if (b.side === 'sender') {
      const key = `${b.category}\u0000${b.title}`;
      const seen = this.sender.get(key);
      if (seen) seen.count++;
      else this.sender.set(key, { category: b.category, title: b.title, count: 1, example: b.reply ?? b.statedReason });
    }
  }

  toJson() {
    return {
      inputs: this.inputs,
      errors: this.errors,
      bounces: this.bounces,
      delays: this.delays,
      notBounces: this.notBounces,
      failedRecipients: this.recipients,
      unlistedRecipients: this.unlisted,
      categories: Object.fromEntries(sorted(this.categories)),
      providers: Object.fromEntries(sorted(this.providers)),
      senderProblems: this.senderProblems(),
      suppress: [...this.suppress].sort(),
    };
  }

  senderProblems(): SenderProblem[] {
    return [...this.sender.values()].sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

const sorted = (map: Map<string, number>) => [...map.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

/** The summary as readable text; every value from the bounces is made terminal-safe. */
export function formatSummary(s: Summary, color: boolean): string {
  const bold = (t: string) => (color ? `\u001b[1m${t}\u001b[0m` : t);
  const lines: string[] = [];
  const plural = (n: number, one: string, many = `${one}s`) => `${thousands(n)} ${n === 1 ? one : many}`;
  lines.push(
    `${plural(s.inputs, 'input')} read: ${plural(s.bounces, 'bounce')}, ${plural(s.delays, 'delay warning')}, ${plural(s.notBounces, 'message')} that ${s.notBounces === 1 ? 'is' : 'are'} not a bounce, ${plural(s.errors, 'error')}.`,
  );
  lines.push(`${plural(s.recipients, 'failed recipient')}${s.unlisted > 0 ? ` (and ${thousands(s.unlisted)} more named in very large reports, not read)` : ''}.`);
  const table = (title: string, entries: [string, number][]) => {
    if (entries.length === 0) return;
    lines.push('', bold(title));
    const width = Math.min(40, Math.max(...entries.map(([k]) => k.length)));
    for (const [k, n] of entries) lines.push(`  ${terminalSafe(k).padEnd(width)}  ${thousands(n).padStart(7)}`);
  };
  const problems = s.senderProblems();
  if (problems.length > 0) {
    lines.push('', bold('Fix first — problems on your side (they affect every message you send):'));
    for (const p of problems) {
      lines.push(`  ${thousands(p.count).padStart(7)}  ${terminalSafe(p.title)} [${p.category}]`);
      if (p.example) lines.push(`           e.g. ${terminalSafe(p.example.length > 160 ? p.example.slice(0, 160) + '…' : p.example)}`);
    }
  }
  table('By category:', sorted(s.categories));
  table('By receiving provider:', sorted(s.providers));
  if (s.suppress.size > 0) {
    lines.push('', bold(`Addresses to remove from your lists (${thousands(s.suppress.size)}: they do not exist or are disabled):`));
    for (const a of [...s.suppress].sort()) lines.push(`  ${terminalSafe(a)}`);
  }
  return lines.join('\n') + '\n';
}
