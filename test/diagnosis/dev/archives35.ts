/** Round 35: see replies.ts. */
import type { DevReply } from './types';
export const DEV_ARCHIVES35: readonly DevReply[] = [
  { text: "<user@yahoo.com>: delivery temporarily suspended: host mta5.am0.yahoodns.net[] refused to talk to me: 421 4.7.0 [TS01] Messages from 192.0.2.10 temporarily deferred due to user complaints -; see http://postmaster.yahoo.com/421-ts01.html", category: "reputation", permanent: false, source: "https://mail.python.org/pipermail/mailman-users/2012-June/073612.html", why: "A Mailman list owner quotes Yahoo's 421 4.7.0 [TS01] deferral of the list server's IP 'due to user complaints'; the thread confirms it is complaint-driven throttling of the sending IP (no named blocklist), so it is a temporary reputation block." },
];
