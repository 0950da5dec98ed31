/** A recipient domain one keystroke from a large mailbox provider's: the step that says which address was meant. */
import { describe, expect, it } from 'vitest';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { loadKnowledge } from '../../lib/diagnosis/texts/load';
import { likelyMeant, oneEditApart } from '../../lib/diagnosis/typo';
import { readText } from '../../lib/engine/read-text';

describe('oneEditApart', () => {
  it.each([
    ['gmial.com', 'gmail.com', true], // two neighbours swapped
    ['gmail.con', 'gmail.com', true], // one substituted
    ['gmal.com', 'gmail.com', true], // one missing
    ['gmaill.com', 'gmail.com', true], // one more
    ['gmail.com', 'gmail.com', false],
    ['gmail.c', 'gmail.com', false],
    ['giaml.com', 'gmail.com', false], // two apart
  ])('%s ~ %s: %s', (a, b, want) => {
    expect(oneEditApart(a, b)).toBe(want);
    expect(oneEditApart(b, a)).toBe(want);
  });
});

describe('likelyMeant', () => {
  it.each([
    ['gmial.com', 'gmail.com'],
    ['hotmail.con', 'hotmail.com'],
    ['yahooo.com', 'yahoo.com'],
    ['outlok.com', 'outlook.com'],
    ['iclould.com', 'icloud.com'],
    ['GMIAL.COM.', 'gmail.com'],
    ['t-onlin.de', 't-online.de'],
  ])('%s → %s', (typed, meant) => {
    expect(likelyMeant(typed)).toBe(meant);
  });

  it.each([
    ['gmail.com', 'a provider domain itself'],
    ['email.com', "mail.com's real domain, one letter from gmail.com"],
    ['yahoo.dr', 'as close to yahoo.de as to yahoo.fr'],
    ['gmx.dd', 'too short to tell'],
    ['dest.example', 'near nothing'],
    ['gm ail.com', 'not a domain name'],
    ['', 'empty'],
  ])('%s: none (%s)', (typed) => {
    expect(likelyMeant(typed)).toBeNull();
  });
});

describe('the diagnosis of a mistyped address', () => {
  const diagnose = (reply: string) => diagnoseReport(readText(reply))[0];

  it('says first which address was likely meant, with the local part kept', () => {
    const d = diagnose('550 5.1.1 <pat.lee@gmial.com>: Recipient address rejected: User unknown in virtual mailbox table');
    expect(d?.category).toBe('recipient-unknown');
    expect(d?.checklist[0]?.text).toBe('Check the address: gmial.com looks like a misspelling of gmail.com. If the recipient meant pat.lee@gmail.com, write to that address instead.');
    // And at once, in the title the card shows.
    expect(d?.title).toBe('The address pat.lee@gmial.com does not exist — did you mean pat.lee@gmail.com?');
  });

  it('in the reader\'s language', async () => {
    const [d] = diagnoseReport(readText('550 5.1.1 <pat@hotmail.con>: Recipient address rejected: User unknown'), await loadKnowledge('fr'));
    expect(d?.checklist[0]?.text).toMatch(/^Vérifiez l’adresse : hotmail\.con ressemble à une faute de frappe pour hotmail\.com\. S’il s’agit de pat@hotmail\.com/);
    expect(d?.title).toMatch(/ — vouliez-vous dire pat@hotmail\.com \?$/);
  });

  it('says nothing of it where a typo is not the cause (spam), nor for a well-typed address', () => {
    expect(diagnose('550 5.7.1 <pat@gmial.com>: message rejected as spam')?.checklist.some((s) => /misspelling of/.test(s.text))).toBe(false);
    expect(diagnose('550 5.1.1 <pat@gmail.com>: Recipient address rejected: User unknown')?.checklist.some((s) => /misspelling of/.test(s.text))).toBe(false);
    expect(diagnose('550 5.7.1 <pat@gmial.com>: message rejected as spam')?.title).not.toMatch(/did you mean/);
  });
});
