/**
 * Which language a reader gets, and the diagnosis, summary and formats in it: the texts change, the facts (category,
 * commands, links, codes) never do.
 */
import { describe, expect, it } from 'vitest';
import { browserLanguages, matchLang, resolveLang } from '../../lib/i18n/lang';
import { EN_LOCALE, formatDate, formatList, formatNumber, loadLocale } from '../../lib/i18n/locale';
import { loadKnowledge } from '../../lib/diagnosis/texts/load';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { readText } from '../../lib/engine/read-text';
import { summarize } from '../../lib/pages/summary';
import { localNote } from '../../lib/i18n/notes';

describe('which language a reader gets', () => {
  it('matches browser and terminal tags to the six languages, English otherwise', () => {
    expect(['de-AT', 'fr_FR.UTF-8', 'es-419', 'pt', 'pt-PT', 'ja-JP', 'en-GB', 'it-IT', 'C', '', null].map(matchLang)).toEqual(['de', 'fr', 'es', 'pt-BR', 'pt-BR', 'ja', 'en', null, null, null, null]);
    expect(resolveLang('auto', ['it-IT', 'de-DE', 'en'])).toBe('de');
    expect(resolveLang('ja', ['de-DE'])).toBe('ja');
    expect(resolveLang('auto', ['it'])).toBe('en');
  });

  it("takes the language whose messages the browser picked for the extension, unless that is only the English default", () => {
    const browser = (picked: string, ui: string) => ({ i18n: { getMessage: (k: string) => (k === 'uiLanguage' ? picked : ''), getUILanguage: () => ui } });
    expect(browserLanguages(browser('de', 'en-US'))[0]).toBe('de');
    expect(browserLanguages(browser('en', 'pt-PT')).slice(0, 1)).toEqual(['pt-PT']);
    expect(resolveLang('auto', browserLanguages(browser('en', 'pt-PT')))).toBe('pt-BR');
  });
});

const THREE = [
  'Reporting-MTA: dns; mx.example.net',
  '',
  'Final-Recipient: rfc822; a@example.org',
  'Action: failed',
  'Status: 5.1.1',
  'Diagnostic-Code: smtp; 550 5.1.1 <a@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
  '',
  'Final-Recipient: rfc822; b@example.org',
  'Action: failed',
  'Status: 5.1.1',
  'Diagnostic-Code: smtp; 550 5.1.1 <b@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
  '',
  'Final-Recipient: rfc822; c@example.net',
  'Action: failed',
  'Status: 5.2.2',
  'Diagnostic-Code: smtp; 552 5.2.2 <c@example.net>: Mailbox full',
  '',
].join('\n');

describe('the diagnosis in the reader’s language', () => {
  it('changes the words, never the facts: category, commands, links and codes are the English diagnosis’s', async () => {
    const report = readText('550 5.7.1 Service unavailable; Client host [203.0.113.10] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.10');
    const [en] = diagnoseReport(report);
    for (const lang of ['de', 'fr', 'es', 'pt-BR', 'ja'] as const) {
      const [d] = diagnoseReport(report, await loadKnowledge(lang));
      expect(d?.category).toBe(en?.category);
      expect(d?.checklist.map((s) => [s.command, s.link, s.audience])).toEqual(en?.checklist.map((s) => [s.command, s.link, s.audience]));
      expect(d?.title).not.toBe(en?.title);
      expect(d?.explanation).not.toBe(en?.explanation);
      expect(d?.confidence.level).toBe(en?.confidence.level);
      expect(d?.confidence.reason).not.toBe(en?.confidence.reason);
      expect(d?.statusMeaning).not.toBe(en?.statusMeaning);
    }
    const [de] = diagnoseReport(report, await loadKnowledge('de'));
    expect(de?.explanation).toContain('203.0.113.10');
    expect(de?.whoActs).toMatch(/^Sie oder Ihr Mailanbieter/);
  });

  it('a delay reads as a delay in every language: the lead first, the wait step, no final-refusal words', async () => {
    const report = readText('451 4.7.1 Service unavailable; Client host [203.0.113.10] blocked using zen.spamhaus.org');
    for (const lang of ['de', 'fr', 'es', 'pt-BR', 'ja'] as const) {
      const k = await loadKnowledge(lang);
      const [d] = diagnoseReport(report, k);
      expect(d?.permanent).toBe(false);
      expect(d?.category).toBe('ip-blocklist');
      expect(d?.explanation.startsWith(k.temporary.lead)).toBe(true);
      expect(d?.checklist[0]?.text).toBe(k.temporary.wait);
      expect(d?.checklist.at(-1)?.text).toBe(k.temporary.ifFails);
      // "Send the message again after the listing is gone" is a final refusal's step: left out of a delay.
      expect(d?.checklist.slice(1, -1).some((s) => k.temporary.finalWords.some((w) => s.text.toLowerCase().includes(w)))).toBe(false);
    }
  });

  it('the summary counts and lists causes the reader’s way', async () => {
    const report = readText(THREE);
    const de = await loadLocale('de');
    const ja = await loadLocale('ja');
    expect(summarize(report, diagnoseReport(report, await loadKnowledge('de')), de).headline).toBe('3 Empfänger: 2 Adressen existieren nicht und 1 Postfach voll');
    expect(summarize(report, diagnoseReport(report, await loadKnowledge('ja')), ja).headline).toBe('受信者 3 件：アドレス 2 件が存在しない、メールボックス 1 件が満杯');
    expect(summarize(report, diagnoseReport(report), EN_LOCALE).headline).toBe('3 recipients: 2 addresses do not exist, 1 mailbox full');
  });

  it('numbers, dates and lists in the reader’s locale', async () => {
    const de = await loadLocale('de');
    const fr = await loadLocale('fr');
    const ja = await loadLocale('ja');
    expect([formatNumber(12345, EN_LOCALE), formatNumber(12345, de), formatNumber(12345, fr).replace(/\s/g, ' '), formatNumber(12345, ja)]).toEqual(['12,345', '12.345', '12 345', '12,345']);
    const at = Date.UTC(2026, 2, 5, 14, 7);
    expect(formatDate(at, de)).toMatch(/^05\.03\.2026, \d\d:07$/);
    expect(formatDate(at, ja)).toMatch(/^2026\/03\/05 \d{1,2}:07$/);
    expect(formatDate('Thu, 5 Mar 2026 14:07:00 +0000', de)).toMatch(/^05\.03\.2026/);
    expect(formatDate('not a date', de)).toBe('not a date');
    expect([formatList(['a', 'b', 'c'], EN_LOCALE), formatList(['a', 'b', 'c'], de), formatList(['a', 'b', 'c'], ja)]).toEqual(['a, b, c', 'a, b und c', 'a、b、c']);
  });

  it('the engine’s fixed notes read in the reader’s language; any other note as it is', async () => {
    const report = readText('メールのブロック\n\npat@example.org でメールがブロックされました。詳しくは、下記の詳細な技術情報をご覧ください。\n');
    expect(report.notes.length).toBeGreaterThan(0);
    const ja = await loadLocale('ja');
    for (const note of report.notes) expect(localNote(note, ja.ui), note).toMatch(/[ぁ-んァ-ン]/);
    expect(localNote('Something else entirely.', ja.ui)).toBe('Something else entirely.');
  });
});
