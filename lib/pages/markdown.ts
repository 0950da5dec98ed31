/** "Copy report": a Markdown summary to paste into a ticket for a mail administrator. Bounce text goes in code spans. */
import { isInertCommand } from '../diagnosis/shell';
import type { Diagnosis } from '../diagnosis/types';
import type { BounceReport } from '../engine/types';

const fence = (s: string) => '```\n' + s.replace(/```/g, '`\u200b``') + '\n```';

export function reportMarkdown(report: BounceReport, diagnoses: Diagnosis[]): string {
  const lines: string[] = ['# Bounce report (Bounce Doctor)', ''];
  if (report.subject) lines.push(`- Bounce subject: ${report.subject}`);
  if (report.reportingMta) lines.push(`- Reported by: ${report.reportingMta}`);
  if (report.format) lines.push(`- Layout: ${report.format}`);
  report.recipients.forEach((r, i) => {
    const d = diagnoses[i];
    if (!d) return;
    lines.push('', `## ${r.recipient ?? 'Recipient not named'}`, '', `**${d.title}**`, '');
    lines.push(`- Category: \`${d.category}\` (rule \`${d.ruleId}\`, confidence ${d.confidence.level})`);
    lines.push(`- Who must act: ${d.side}; ${d.permanent ? 'permanent' : 'temporary'}; advice: ${d.retry}`);
    const codes = [r.code, r.enhanced].filter(Boolean).join(' ');
    if (codes) lines.push(`- Codes: \`${codes}\`${d.statusMeaning ? ` — ${d.statusMeaning}` : ''}`);
    if (d.provider) lines.push(`- Rejected by: ${d.provider.name}`);
    if (r.remoteHost || r.remoteIp) lines.push(`- Remote server: ${[r.remoteHost, r.remoteIp].filter(Boolean).join(' ')}`);
    if (r.command) lines.push(`- Answered: ${r.command}`);
    if (r.reply) lines.push('', 'Reply:', '', fence(r.reply));
    lines.push('', d.explanation, '', 'Steps:', '');
    d.checklist.forEach((s, n) => {
      lines.push(`${n + 1}. ${s.text}`);
      if (s.command && isInertCommand(s.command)) lines.push(`   \`${s.command}\``);
      if (s.link) lines.push(`   ${s.link}`);
    });
  });
  return lines.join('\n') + '\n';
}
