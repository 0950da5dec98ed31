/**
 * Mailing-list managers' refusals (knowledge/list-managers.ts, reader format 'mailing-list'): the list decides who may
 * post, so the diagnosis is recipient-policy and the address is never suppressed. Texts written by us in each program's
 * default wording.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { readBounceBytes } from '../../lib/engine/input';
import { readPastedText } from '../../lib/engine/read';

const pasted = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];

describe("a list manager's refusal of a post", () => {
  it.each([
    ['Sympa, French, posting reserved to moderators', "Votre message pour la liste 'jardin' (ci-joint) a été rejeté.\nVous n'êtes pas autorisé à diffuser ce message pour la raison suivante :\nLa diffusion de message est réservée aux modérateurs."],
    ['Sympa, German, subscribers only', "Ihre Nachricht an die Liste 'garten' (unten angehängt) wurde zurückgewiesen.\nSie dürfen aus folgendem Grund diese Nachricht nicht senden:\nNachrichtenverteilung auf dieser Liste ist auf Abonnenten beschränkt."],
    ['ezmlm, moderation timed out', "Hi! This is the ezmlm program. I'm managing the\nnews@lists.example.org mailing list.\n\nI'm sorry, the list moderators for the news list\nhave failed to act on your post. Thus, I'm returning it to you."],
    ['Mailman 3, not a member', 'Your message to the garden@lists.example.org mailing-list was rejected for the following\nreasons:\n\nThe message is not from a list member\n\nThe original message as received by Mailman is attached.'],
    ["Mailman's hold notice, by its subject (2.1 Hold.py, 3 chains/hold.py)", 'Your message to Garden awaits moderator approval'],
    ['mlmmj, not a subscriber', 'The message from <kim@sender.example> with subject "Hello" was unable to\nbe delivered to the list because you are not a list subscriber.'],
  ])('%s', (_what, text) => {
    const d = pasted(text);
    expect(d?.category).toBe('recipient-policy');
    expect(d?.suppress).toBe(false);
  });

  it('reads a whole fml and Mailman 2.1 notice as a refusal by the list', async () => {
    for (const file of ['fml-not-member.eml', 'mailman-refused.eml']) {
      const report = await readBounceBytes(new Uint8Array(readFileSync(join(__dirname, '../fixtures/bounces/legacy', file))));
      expect(diagnoseReport(report).map((d) => d.category)).toEqual(['recipient-policy']);
    }
  });
});

describe("ezmlm's warning that a subscriber's address has been bouncing (text/bounce-warn)", () => {
  it('is a failure whose cause is in the bounce it encloses: unknown, never a suppression', () => {
    const d = pasted("Hi! This is the ezmlm program. I'm managing the\nnews@lists.example.org mailing list.\n\nMessages to you from the news mailing list seem to\nhave been bouncing. I've attached a copy of the first bounce\nmessage I received.");
    expect(d?.category).toBe('unknown');
    expect(d?.ruleId).toBe('ezmlm.bounce-warn');
    expect(d?.suppress).toBe(false);
  });
});

describe("ezmlm-reject's refusals of a post's content and form (ezmlm-idx lang/en_US/messages)", () => {
  it.each([
    ['a MIME type the list refuses', "<news@lists.example.org>:\nezmlm-reject: fatal: Sorry, a message part has an unacceptable MIME Content-Type: 'text/html' (#5.2.3)", 'content-policy'],
    ['a whole message of a refused type', "ezmlm-reject: fatal: Sorry, I don't accept messages of MIME Content-Type 'multipart/alternative' (#5.2.3)", 'content-policy'],
    ["a post over the list's size limit", "ezmlm-reject: fatal: Sorry, I don't accept messages larger than 40000 bytes (#5.2.3)", 'message-size'],
    ['an empty subject', "ezmlm-reject: fatal: Sorry, I don't accept message with empty Subject (#5.7.0)", 'content-policy'],
    ['the list not among the addressees', 'ezmlm-reject: fatal: List address must be in To: or Cc: (#5.7.0)', 'recipient-policy'],
  ])('%s', (_what, text, category) => {
    const d = pasted(text);
    // #5.2.3 alone would say the message is too large: the words say which rule of the list refused it.
    expect(d?.category).toBe(category);
    expect(d?.suppress).toBe(false);
  });
});

describe("Majordomo's BOUNCE notice to the list's approver (resend, Majordomo 1.94.5)", () => {
  it.each([
    ['a post over the list maxlength', 'BOUNCE garden@lists.example.org: Message too long (>40000 chars)', 'message-size'],
    ['a sender not allowed to post', 'BOUNCE garden@lists.example.org: Non-member submission from [Kim <kim@sender.example>]', 'recipient-policy'],
    ['an address field too long', 'BOUNCE garden@lists.example.org: Header line too long (>128)', 'message-format'],
  ])('%s', (_what, text, category) => {
    const d = pasted(text);
    expect(d?.category).toBe(category);
    expect(d?.suppress).toBe(false);
  });

  it('takes the reason from the subject when the paste is the notice\'s header fields alone', () => {
    const report = readPastedText('From: garden-owner@lists.example.org\nTo: garden-approval@lists.example.org\nSubject: BOUNCE garden@lists.example.org:     Message too long (>40000 chars)', { documented: isDocumentedFailure });
    expect(report.recipients.map((r) => r.reply)).toEqual(['BOUNCE garden@lists.example.org: Message too long (>40000 chars)']);
    expect(diagnoseReport(report)[0]?.category).toBe('message-size');
  });

  it('still prefers a paragraph of the notice that quotes a reply to what its subject says', () => {
    const report = readPastedText('From: MAILER-DAEMON@mx.example.org\nSubject: BOUNCE garden@lists.example.org: Message too long (>40000 chars)\n\n<kim@dest.example>: host mx.dest.example said: Unrouteable address', { documented: isDocumentedFailure });
    expect(report.recipients.map((r) => r.reply)).toEqual(['<kim@dest.example>: host mx.dest.example said: Unrouteable address']);
    expect(diagnoseReport(report)[0]?.category).not.toBe('message-size');
  });
});

describe("Mailman 2.1's hold for too many recipients (Hold.py TooManyRecipients)", () => {
  it("is the list's rule, not a sending limit", () => {
    const d = pasted("Your mail to 'garden' with the subject\n\n    [PATCH] tidy up\n\nIs being held until the list moderator can review it for approval.  The reason\nit is being held:\n\n    Too many recipients to the message");
    expect(d?.category).toBe('recipient-policy');
    expect(pasted('Bounced from the list: "Too many recipients to the message"')?.category).toBe('recipient-policy');
  });
});
