/** Round 77: see replies.ts. */
import type { DevReply } from './types';
export const DEV_QAMIRRORS77: readonly DevReply[] = [
  { text: "550 relay not permitted", category: "relay-denied", permanent: true, source: "https://unix.stackexchange.com/questions/308283/the-first-email-bounces-the-second-and-subsequent-emails-go-through", why: "The asker's Exim4 laptop sends through his own Exim4 relay, which is password-protected after STARTTLS on port 587, and only the first mail after each boot bounces with this. The comments trace it to a timeout tied to IPv6, and setting disable_ipv6=true cured it; the relay refused to relay that first message. Doubtful: auth-required or network are also defensible, since the root cause was a connection timeout and not the relay policy itself." },
];
