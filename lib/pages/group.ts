/** Recipients that share a cause are shown once, with the list of addresses. */
import type { Diagnosis } from '../diagnosis/types';
import type { FailedRecipient } from '../engine/types';

export interface Group {
  facts: FailedRecipient;
  diagnosis: Diagnosis;
  recipients: string[];
}

export function groupByCause(recipients: FailedRecipient[], diagnoses: Diagnosis[]): Group[] {
  const groups = new Map<string, Group>();
  recipients.forEach((r, i) => {
    const d = diagnoses[i];
    if (!d) return;
    const key = `${d.category}|${r.code ?? ''}|${r.enhanced ?? ''}|${d.provider?.id ?? ''}`;
    const g = groups.get(key);
    if (g) g.recipients.push(r.recipient ?? '(not named)');
    else groups.set(key, { facts: r, diagnosis: d, recipients: [r.recipient ?? '(not named)'] });
  });
  return [...groups.values()];
}
