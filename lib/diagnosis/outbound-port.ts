/**
 * The sender's own mail server could not even connect to a large mailbox provider's or mail gateway's receiving
 * servers (providers/: the hosts of every provider that receives mail): the connection timed out, was refused or had no
 * route. Those providers run several MX hosts that answer on port 25 at all hours, so a failure at connect is almost
 * always on the sending side — outgoing port 25 blocked by the hosting or cloud provider (Google Cloud blocks it, AWS
 * and Azure restrict it, DigitalOcean blocks it on new accounts: the sources are beside texts/en.ts
 * 'network.outbound-blocked'), by a home internet provider, or by
 * a firewall — or, when the address it could not reach is IPv6, a server with no IPv6 route.
 *
 * The failure as the mail servers log it: Postfix's smtp(8) "connect to HOST[ADDR]:PORT: REASON" (postfix
 * src/smtp/smtp_connect.c) and its older "connect to HOST[ADDR]: REASON (port 25)"; Sendmail's "Connection timed out
 * with HOST." and "Connection refused by HOST." (sendmail/err.c, errstring()); Exim's "H=HOST [ADDR] REASON" and the
 * same without "H=" (its log's host field: doc/spec.txt, "Log files"). A port other than 25 is another hop (a submission
 * server: own-connection.ts). A failure after the connection (a lost greeting, a timeout mid-session) is not this: the
 * provider answered.
 */
import { PROVIDERS } from './providers';

/** Postfix: connect to HOST[ADDR]:PORT: REASON — or HOST[ADDR]: REASON. */
const POSTFIX = /\bconnect to ([a-z0-9][a-z0-9.-]{0,252})\[[0-9a-f.:]{2,45}\](?::(\d{1,5}))?: (?:Connection timed out|Operation timed out|Connection refused|Network is unreachable|No route to host)/gi;
/** Sendmail's errstring(): "Connection timed out with HOST", "Connection refused by HOST". */
const SENDMAIL = /\b(?:Connection timed out with|Connection refused by) ([a-z0-9][a-z0-9.-]{0,252}[a-z0-9])/gi;
/** Exim: HOST [ADDR] REASON (with or without "H="). */
const EXIM = /(?:^|[\s=])([a-z0-9][a-z0-9.-]{0,252}) \[[0-9a-f.:]{2,45}\](?::(\d{1,5}))? (?:Connection timed out|Operation timed out|Connection refused|Network is unreachable|No route to host)/gi;

const RECEIVING_HOSTS: readonly string[] = PROVIDERS.filter((p) => !p.sends).flatMap((p) => p.hosts ?? []);

function receivingProvider(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return RECEIVING_HOSTS.some((s) => h === s || h.endsWith(`.${s}`));
}

/** The failure is a connection on port 25 to a large provider's receiving servers that never opened. */
export function providerUnreachable(text: string): boolean {
  const t = text.slice(0, 4000);
  for (const re of [POSTFIX, SENDMAIL, EXIM]) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const port = m[2];
      if ((port === undefined || port === '25') && receivingProvider(m[1] as string)) return true;
    }
  }
  return false;
}
