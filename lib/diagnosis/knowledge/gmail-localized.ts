/**
 * Gmail's own delivery-failure notice ("Mail Delivery Subsystem <mailer-daemon@googlemail.com>") in the language of
 * the sender's account: the headline ("Address not found", "Message blocked", …) and the sentence under it. The
 * English notice is in google.ts (GMAIL_NOTICE); Gmail's localized *help* pages (sending limits, "the email account
 * does not exist") are in localized-help.ts (google-localized); the Japanese "アドレス不明" / "アドレスが見つから" words
 * of the address-not-found notice are in rules/localized.ts. None of those is repeated here.
 *
 * Gmail's help pages do not print the localized notice itself, so every entry quotes a notice a person received and
 * published: a blog post showing the notice they got, or a public repository keeping a real notice (a test message, a
 * data export). The text is the provider's exact wording; only the recipient address is replaced by pat@example.org.
 *
 * Found: Japanese (inbox full, message blocked). Seen but not used: a German notice kept as a test message by a mail
 * client that parses bounces (other projects' bounce test mails are not a source here), and the Spanish notice only in
 * a public repository's help-desk dump holding people's names and addresses. Japanese "配信未完了" (Delivery
 * incomplete: "Gmail は 47 時間再試行し…", https://urashita.com/?p=36286) is left out: it says Gmail is still retrying,
 * not that it gave up.
 *
 * Searched and not found verbatim on a page: French, Portuguese, Italian, Dutch, Polish, Russian, Turkish, Korean,
 * Chinese (simplified and traditional), and the other notices (inbox full, message blocked, delivery incomplete) in
 * German and Spanish. French and Portuguese sentences were seen only in test fixtures that developers typed themselves
 * and that disagree with each other ("n'est pas parvenu à" / "n'a pas pu être envoyé à"), so they were not used.
 *
 * Phrases are lower-case, accents kept; Japanese phrases are distinctive runs of characters.
 */
import { entries } from './entry';
import type { KnowledgeSource } from './types';

const PREFIX = 'gmail-localized-notice';

// Japanese blog posts showing the notice the author received from Mail Delivery Subsystem.
// The inbox-full notice is on two independent posts: URASHITA_JA and https://tabi-g.blogspot.com/2020/06/gmail-full-case.html.
const URASHITA_JA = 'https://urashita.com/?p=36286';
const BLOCKED_JA = 'https://xn--9ckkn0019c8wwb.jp/mail-delivery-subsystem';

const n = entries(PREFIX, URASHITA_JA);

export const GMAIL_LOCALIZED_NOTICE: KnowledgeSource = {
  id: PREFIX,
  name: "Gmail's delivery-failure notice in the account's language",
  kind: 'mailbox-provider',
  reference: URASHITA_JA,
  replies: [
    // --- inbox full (English: "Your message couldn't be delivered to …. Their inbox is full, or it's getting too much
    // mail right now.") — the same notice is on tabi-g.blogspot.com (2020-06-15). ---
    n('inbox-full-ja', 'mailbox-full', ['宛先の受信トレイがいっぱい', '受信トレイの空き容量不足'],
      '宛先の受信トレイの空き容量不足 — pat@example.org にメールを配信できませんでした。宛先の受信トレイがいっぱいか、宛先で現在多数のメールを受信しています。',
      { lang: 'ja', source: URASHITA_JA }),

    // --- message blocked (English: "Your message to … has been blocked. See technical details below for more
    // information.") — the cause is in the quoted reply, so the notice alone says only "blocked by the receiver". ---
    n('message-blocked-ja', 'policy', ['でメールがブロックされました'],
      'メールのブロック — pat@example.org でメールがブロックされました。詳しくは、下記の詳細な技術情報をご覧ください。',
      { lang: 'ja', source: BLOCKED_JA }),
  ],
};

export const GMAIL_LOCALIZED_NOTICES: readonly KnowledgeSource[] = [GMAIL_LOCALIZED_NOTICE];
