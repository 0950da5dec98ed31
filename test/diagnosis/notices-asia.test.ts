/** Korean and Japanese services' own failure notices (knowledge/notices-asia.ts), read from a paste end to end. */
import { describe, expect, it } from 'vitest';
import { readPastedText } from '../../lib/engine/read';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';

const diagnose = (text: string) => {
  // As the popup and the CLI read a paste: a paragraph quoting a documented reply is the reply.
  const report = readPastedText(text, { documented: isDocumentedFailure });
  return { report, d: diagnoseReport(report)[0] };
};

describe("Korean and Japanese services' notices", () => {
  it("Dooray!'s 'mailbox full' reason is a full mailbox, and the notice is a bounce, not 'not a bounce'", () => {
    const { report, d } = diagnose('Dooray! 메일 발송 실패 안내\n\n* 받는 사람 : kim@dest.example\n* 실패 사유 : 받는 사람의 메일함 용량이 가득 찼습니다.');
    expect(report.isBounce).toBe(true);
    expect(d?.category).toBe('mailbox-full');
  });
  it("the recipient's block, as Naver Mail and Dooray! both word it, is the recipient's restriction", () => {
    expect(diagnose('kim@naver.com 님께 보내신 메일 <주간 보고> 이 다음과 같은 이유로 전송 실패했습니다.\n받는 사람이 회원님의 메일을 수신차단 하였습니다.').d?.category).toBe('recipient-policy');
  });
  it("Gmail's Korean address-not-found notice is an unknown address", () => {
    expect(diagnose('주소를 찾을 수 없음\nkim@gmail.com 주소를 찾을 수 없거나 해당 주소에서 메일을 받을 수 없어 메일이 전송되지 않았습니다.').d?.category).toBe('recipient-unknown');
  });
  it("a Japanese ISP's virus-check warning is a virus finding", () => {
    expect(diagnose('件名 : ウイルスチェック警告メール\nあなたが送ったメールにウイルスが発見されました。このため、ウイルスを自動削除しました。').d?.category).toBe('virus');
  });
  it('a Korean notice with a reason no table knows is still a bounce, with its words kept', () => {
    const { report, d } = diagnose('Dooray! 메일 발송 실패 안내\n\nkim@dest.example 님께 보낸 메일이 전송되지 못하였습니다.');
    expect(report.isBounce).toBe(true);
    expect(d?.category).toBe('unknown');
  });
  it('a Russian robot notice that says only that the letter cannot be delivered is a bounce of unknown cause', () => {
    const { report, d } = diagnose('К сожалению, мы вынуждены сообщить Вам о том, что Ваше письмо не может быть доставлено адресату kim@dest.example.');
    expect(report.isBounce).toBe(true);
    expect(d?.category).toBe('unknown');
  });
});

describe('Exchange names the same MAPI exception on both sides', () => {
  it("'STOREDRV.Deliver: mailbox full … MapiExceptionShutoffQuotaExceeded' is the recipient's full mailbox", () => {
    expect(diagnose('#550 5.2.2 STOREDRV.Deliver: mailbox full. The following information should help identify the cause: "MapiExceptionShutoffQuotaExceeded:16.18969:B9000000".').d?.category).toBe('mailbox-full');
  });
  it("'STOREDRV.Submission.Exception:QuotaExceededException' is the sender's own mailbox", () => {
    expect(diagnose('554 5.2.2 mailbox full; STOREDRV.Submission.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded').d?.category).toBe('sender-rejected');
  });
});

describe("docomo's '550 Unknown user', which NTT Communications documents with two causes", () => {
  it('reads as an unknown address, never with high confidence (it is also the reception filter)', () => {
    const d = diagnose('host mfsmax.docomo.ne.jp[192.0.2.27] said: 550 Unknown user kim@docomo.ne.jp (in reply to RCPT TO command)').d;
    expect(d?.category).toBe('recipient-unknown');
    expect(d?.confidence.level).not.toBe('high');
    expect(d?.suppress).toBe(false);
  });
  it('reads it as the reception filter after the end of DATA, the address already accepted', () => {
    const d = diagnose('host mfsmax.docomo.ne.jp[192.0.2.27] said: 550 Unknown user kim@docomo.ne.jp (in reply to end of DATA command)').d;
    expect(d?.category).toBe('recipient-policy');
    expect(d?.suppress).toBe(false);
  });
});
