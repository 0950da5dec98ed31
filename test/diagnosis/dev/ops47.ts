/** Round 47: see replies.ts. */
import type { DevReply } from './types';
export const DEV_OPS47: readonly DevReply[] = [
  { text: "Dec 21 21:54:51 <server> postfix/smtp[18154]: 9E0443E949: to=<sysadmin@example.com>,\nrelay=spool.mail.gandi.net[192.0.2.1]:25,\ndelay=0.35,\ndelays=0.02/0.01/0.26/0.07,\ndsn=5.1.8,\nstatus=bounced (host spool.mail.gandi.net[192.0.2.1] said: 550 5.1.8 <root@<server>>: Sender address rejected: Domain not found (in reply to RCPT TO command))", category: "sender-rejected", permanent: true, source: "https://github.com/johanneswindelen/hyde/blob/HEAD/src/hyde/scaffolding/content/blog/server-setup.md", why: "Server-setup notes: cron/login-alert mail sent with bsd-mailx from a VPS whose /etc/mailname was a bare hostname; Gandi's MX refused the envelope sender root@<server> because its domain does not resolve (550 5.1.8 Sender address rejected: Domain not found). The author's fix is to put a resolvable domain in /etc/mailname, i.e. the sender side acts." },
];
