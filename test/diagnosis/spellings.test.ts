/** One meaning, several spellings: a documented phrase finds the reply however its words are spelled (spellings.ts). */
import { describe, expect, it } from 'vitest';
import { classify } from '../../lib/diagnosis/classify';
import { GROUPS, otherSpellings } from '../../lib/diagnosis/spellings';

const verdict = (reply: string) => classify({ reply, code: null, enhanced: null });

describe('otherSpellings', () => {
  it('gives the contracted, typographic and apostrophe-less forms of a negation', () => {
    expect(otherSpellings('mailbox does not exist')).toEqual(expect.arrayContaining(["mailbox doesn't exist", 'mailbox doesn’t exist', 'mailbox doesnt exist', 'mail box does not exist']));
  });
  it('goes both ways: a contracted phrase also finds the long form', () => {
    expect(otherSpellings("user doesn't exist")).toContain('user does not exist');
  });
  it('changes whole words only', () => {
    expect(otherSpellings('emails sent too fast')).not.toContain('e-mail sent too fast');
    expect(otherSpellings('donated funds')).toEqual([]);
    expect(otherSpellings('the emailing list')).toEqual([]);
  });
  it('every spelling of every group is found by the first look (a group whose words it misses is never respelled)', () => {
    for (const forms of GROUPS) for (const form of forms) expect(otherSpellings(form), form).not.toEqual([]);
    expect(otherSpellings('dynamically assigned')).toEqual(['dynamically-assigned']);
  });
  it('is bounded for a phrase with many variable words', () => {
    expect(otherSpellings("the e-mail mailbox doesn't exist and can't be found").length).toBeLessThanOrEqual(8);
  });
});

describe('replies spelled otherwise than their documentation', () => {
  it.each([
    ['550 mailbox does not exist', '550 mail box doesnt exist'],
    ['452 4.2.2 mailbox is full', '452 4.2.2 mail-box is full'],
    ['554 5.7.1 IP address is blocklisted', '554 5.7.1 IP address is block-listed'],
    // The negative prefix spelled out: "not a valid user" is an invalid user.
    ['550 pat@dest.example: invalid user', '550 pat@dest.example is not a valid user'],
    // A compound adjective hyphenated before its noun.
    ['550 we do not accept mail from dynamically assigned IP ranges', '550 we do not accept mail from dynamically-assigned IP ranges'],
  ])('%s and %s get the same verdict', (documented, otherwise) => {
    const a = verdict(documented);
    expect(a.category).not.toBe('unknown');
    expect(verdict(otherwise).category).toBe(a.category);
  });
  it('an RFC named with a hyphen or a space: "RFC-5321" is RFC 5321', () => {
    expect(otherSpellings('valid rfc 5321 address')).toContain('valid rfc-5321 address');
    const v = verdict('553 5.1.3 The recipient address is not a valid RFC-5321 address');
    expect([v.category, v.ruleId]).toEqual(['recipient-unknown', 'google.5.1.3-invalid-recipient-address']);
  });
  it("a noun as attribute or possessive: \"the recipient's domain\" is the recipient domain, \"the sender's domain\" the sender domain", () => {
    expect(otherSpellings('recipient domain')).toContain("recipient's domain");
    expect(verdict("Your message couldn't be delivered because the recipient's domain couldn't be found.").category).toBe('recipient-domain');
    expect(verdict("550 The sender's domain has no MX record").category).toBe('sender-rejected');
  });
  it('the evidence quotes the reply as written', () => {
    const v = verdict('550 mail box doesnt exist');
    expect(v.evidence?.map((e) => e.text).join(' ')).toMatch(/mail box doesnt exist|doesnt exist|mail box/);
  });
});
