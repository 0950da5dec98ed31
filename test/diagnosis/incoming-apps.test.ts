/**
 * Applications that take mail in and refuse it with a notice of their own (knowledge/incoming-apps.ts): GitLab's
 * incoming email; Discourse's replies and topics by email (knowledge/discourse.ts), in its locales' words. The reason GitLab's worker gave decides; its wrapper alone names no cause. Texts written by us in
 * GitLab's words.
 */
import { describe, expect, it } from 'vitest';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { readPastedText } from '../../lib/engine/read';

const pasted = (text: string) => {
  const report = readPastedText(text, { documented: isDocumentedFailure });
  return report.isBounce ? diagnoseReport(report)[0] : undefined;
};

describe("GitLab's rejection of an incoming email", () => {
  it.each([
    ["Unfortunately, your email message to GitLab could not be processed. We couldn't find the project. Please check if there's any typo.", 'recipient-unknown', 'gitlab-incoming.project-not-found'],
    ['Unfortunately, your email message to GitLab could not be processed. You are not allowed to perform this action. If you believe this is in error, contact a staff member.', 'recipient-policy', 'gitlab-incoming.not-authorized'],
    ["We couldn't figure out what user corresponds to the email. Please create your comment through the web interface.", 'sender-rejected', 'gitlab-incoming.user-not-found'],
    ['The thread you are replying to no longer exists, perhaps it was deleted? If you believe this is in error, contact a staff member.', 'recipient-unknown', 'gitlab-incoming.thread-gone'],
  ])('%s', (text, category, ruleId) => {
    const d = pasted(text);
    expect([d?.category, d?.ruleId]).toEqual([category, ruleId]);
  });

  it('is read as a failure even when the reason is an error class of its own, which names no cause', () => {
    const d = pasted('[Rejected] Unfortunately, your email message to GitLab could not be processed. Gitlab::Email::InvalidIssueError');
    expect([d?.category, d?.confidence.level]).toEqual(['unknown', 'low']);
  });
});

describe("Discourse's rejection of an incoming email", () => {
  it.each([
    [
      "We're sorry, but your email message to forum@example.org (titled Re: meeting notes) didn't work.\n\nThe category you sent this email to only allows replies from users with valid accounts and known email addresses. If you believe this is an error, contact a staff member.",
      'recipient-policy',
      'discourse-incoming.strangers-not-allowed',
    ],
    [
      'Die Kategorie, an die du diese E-Mail geschickt hast, erlaubt nur Antworten von Benutzern mit gültigen Benutzerkonten und bekannten E-Mail-Adressen.',
      'recipient-policy',
      'discourse-incoming.de.strangers-not-allowed',
    ],
    ["Le sujet auquel vous répondez est actuellement fermé et n'accepte plus de réponses.", 'recipient-policy', 'discourse-incoming.fr.topic-closed'],
  ])('%s', (text, category, ruleId) => {
    const d = pasted(text);
    expect([d?.category, d?.ruleId]).toEqual([category, ruleId]);
  });
});
