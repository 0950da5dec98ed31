/** Round 51: see replies.ts. */
import type { DevReply } from './types';
export const DEV_SEMIRRORS51: readonly DevReply[] = [
  { text: "550-5.7.1 [2001:db8:d12:11c2::2 16] The sender does not meet basic ipv6\n550-5.7.1 sending guidelines of authentication and rdns resolution", category: "ptr", permanent: true, source: "https://serverdevworker.com/10885a8cbe", why: "Republished (rewritten) Server Fault question about Postfix forwarding to Gmail over IPv6; the asker's bounce from Gmail cites IPv6 sending guidelines on authentication and rDNS; the thread's fix centres on PTR records for the IPv6 address (plus SPF/SRS). Labeled ptr like other Gmail IPv6 rDNS rejections; doubtful between ptr and unauthenticated since both are named." },
];
