/**
 * Failure notices that Korean and Japanese mail services write in their own language, as the people who received them
 * published them (GitHub comments where a project's mail bounced) or as the service's own guide shows them. Like
 * outlook-localized.ts and gmail-localized.ts, each entry is a fact about a service's exact wording, cited where it
 * was read; the phrases are the service's fixed template sentences, not words chosen for one sample.
 *
 * - NHN Dooray! (a Korean groupware's mail): the notice "Dooray! 메일 발송 실패 안내" ("mail sending failure notice")
 *   gives "* 실패 사유 : <reason>" in fixed sentences.
 * - Naver Mail: "<address> 님께 보내신 메일 <subject> 이 다음과 같은 이유로 전송 실패했습니다." and the reason. Naver's
 *   and Dooray!'s "the recipient blocked your mail" sentence is the same, word for word, in both notices.
 * - Gmail's address-not-found notice in Korean (the English notice is google.ts GMAIL_NOTICE).
 * - WinkNet (a Japanese ISP): its guide shows the virus-check warning its server sends.
 *
 * Searched and not found: Daum/Kakao and Nate notices in Korean (only third-party blogs; see korea.ts).
 */
import { entries } from './entry';
import type { KnowledgeSource } from './types';

const DOORAY_FULL = 'https://github.com/specinfra/specref/pull/873';
const DOORAY_BLOCKED = 'https://github.com/sparcs-kaist/taxi-front/pull/80';
const DOORAY_RESTRICTED = 'https://github.com/aishwaryanr/awesome-generative-ai-guide/pull/91';
const DOORAY_CONFIDENTIAL = 'https://github.com/lmizrahi/etas/pull/14';
const NAVER_BLOCKED = 'https://github.com/thomasJang/axisj/pull/416';
const GMAIL_KO = 'https://github.com/openspeech-team/openspeech/issues/69';
const WINKNET = 'https://www.winknet.ne.jp/joinin/guide/net/virus/';

const dooray = entries('dooray', DOORAY_BLOCKED);
const naver = entries('naver-mail', NAVER_BLOCKED);
const gmail = entries('gmail-localized-notice', GMAIL_KO);
const winknet = entries('winknet', WINKNET);

export const DOORAY_NOTICE: KnowledgeSource = {
  id: 'dooray',
  name: 'NHN Dooray! mail',
  kind: 'mailbox-provider',
  reference: DOORAY_BLOCKED,
  replies: [
    dooray('mailbox-full', 'mailbox-full', ['메일함 용량이 가득'],
      "실패 사유 : 받는 사람의 메일함 용량이 가득 찼습니다. 받는 사람에게 메일함 정리를 요청하신 후 다시 발송하시기 바랍니다. (The recipient's mailbox is full; ask the recipient to clean it up, then send again.)",
      { lang: 'ko', source: DOORAY_FULL }),
    dooray('blocked-by-recipient', 'recipient-policy', ['회원님의 메일을 수신차단'],
      '실패 사유 : 받는 사람이 회원님의 메일을 수신차단 하였습니다. (The recipient has blocked mail from you.)',
      { lang: 'ko' }),
    dooray('receiving-restricted', 'recipient-policy', ['메일 수신을 제한하고 있습니다'],
      '실패 사유 : 받는 사람이 현재 메일 수신을 제한하고 있습니다. 이 설정은 개인 또는 조직의 메일 수신 정책에 의해 적용되었습니다. (The recipient currently restricts receiving mail, by a personal or organisational receiving policy.)',
      { lang: 'ko', source: DOORAY_RESTRICTED }),
    dooray('confidential-external', 'policy', ['외부 계정으로 발송이 제한'],
      '실패 사유 : 대외비/기밀 메일은 외부 계정으로 발송이 제한되어 일부 메일 발송 실패 (Mail marked confidential may not be sent to external accounts — the sender\'s organisation\'s policy.)',
      { lang: 'ko', source: DOORAY_CONFIDENTIAL }),
  ],
};

export const NAVER_MAIL_NOTICE: KnowledgeSource = {
  id: 'naver-mail',
  name: 'Naver Mail',
  kind: 'mailbox-provider',
  reference: NAVER_BLOCKED,
  replies: [
    naver('blocked-by-recipient', 'recipient-policy', ['회원님의 메일을 수신차단'],
      '<address> 님께 보내신 메일 <subject> 이 다음과 같은 이유로 전송 실패했습니다. 받는 사람이 회원님의 메일을 수신차단 하였습니다. (Sending failed: the recipient has blocked mail from you.)',
      { lang: 'ko' }),
  ],
};

export const GMAIL_NOTICE_KO: KnowledgeSource = {
  id: 'gmail-localized-notice-ko',
  name: "Gmail's delivery-failure notice in Korean",
  kind: 'mailbox-provider',
  reference: GMAIL_KO,
  replies: [
    gmail('address-not-found-ko', 'recipient-unknown', ['주소를 찾을 수 없거나 해당 주소에서 메일을 받을 수 없어'],
      '주소를 찾을 수 없음 — <address> 주소를 찾을 수 없거나 해당 주소에서 메일을 받을 수 없어 메일이 전송되지 않았습니다. (Address not found: the address could not be found or cannot receive mail.)',
      { lang: 'ko' }),
  ],
};

export const WINKNET_NOTICE: KnowledgeSource = {
  id: 'winknet',
  name: 'WinkNet',
  kind: 'mailbox-provider',
  reference: WINKNET,
  replies: [
    winknet('virus-found', 'virus', ['メールにウイルスが発見されました'],
      '件名 : ウイルスチェック警告メール — あなたが送った(or あなたに送られた)メールにウイルスが発見されました。このため、ウイルスを自動削除しました。 (A virus was found in the mail you sent, and removed.)',
      { lang: 'ja' }),
  ],
};

export const ASIA_NOTICES: readonly KnowledgeSource[] = [DOORAY_NOTICE, NAVER_MAIL_NOTICE, GMAIL_NOTICE_KO, WINKNET_NOTICE];
