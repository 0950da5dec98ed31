/**
 * The general rules: what stock MTAs, filters and the RFCs say, by family (one file each, every rule citing its source).
 * They are cues, not verdicts: score.ts weighs what matched, so the order of this list means nothing.
 */
import type { Rule } from '../types';
import { AUTHENTICATION_RULES } from './authentication';
import { BLOCKLIST_RULES } from './blocklists';
import { LOCALIZED_RULES } from './localized';
import { RECIPIENT_RULES } from './recipient';
import { CONTENT_RULES, RATE_LIMIT_RULES, SESSION_RULES, SPAM_VERDICT_RULES, STAGE_RULES } from './sending';
import { POLICY_RULES, TRANSPORT_RULES } from './transport';

export const GENERAL_RULES: readonly Rule[] = [
  ...BLOCKLIST_RULES,
  ...RATE_LIMIT_RULES,
  ...STAGE_RULES,
  ...SPAM_VERDICT_RULES,
  ...RECIPIENT_RULES,
  ...SESSION_RULES,
  ...AUTHENTICATION_RULES,
  ...CONTENT_RULES,
  ...TRANSPORT_RULES,
  ...POLICY_RULES,
  ...LOCALIZED_RULES,
];
