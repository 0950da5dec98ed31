/** Round 85: see replies.ts. */
import type { DevReply } from './types';
export const DEV_EAST85: readonly DevReply[] = [
  { text: "550 5.7.1 No such user!", category: "recipient-unknown", permanent: true, source: "https://github.com/maxcom/lorsource/issues/1094", why: "A linux.org.ru user never got the activation mail; the maintainer found in the logs that the address was mistyped and Yandex answered \"550 5.7.1 No such user!\". A non-existent mailbox, despite the 5.7.1 code." },
  { text: "Error: Invalid login: 535 5.7.0 NEOBHODIM parol prilozheniya https://help.mail.ru/mail/security/protection/external / Application password is REQUIRED", category: "auth-required", permanent: true, source: "https://github.com/lmanukyan/print-designer/issues/5", why: "Payload could not log in to smtp.mail.ru with the account password; the maintainer explains that Mail.ru requires a special application password for external apps. An SMTP authentication failure on submission." },
];
