/**
 * A failed connection that was the sender's own: the text of a connection failure (no SMTP reply) shows that the
 * server it could not reach was the sender's own mail server or mail provider, or that a sending program — not a mail
 * server delivering onwards to the recipient's — wrote it. Its texts are then the sending program's
 * (knowledge/entry.ts CLIENT_NO_CONNECTION: its settings, its network), not "the recipient's mail server could not be
 * reached". The marks are grammar, not phrases of one product:
 *
 * - The port: 587 is message submission (RFC 6409 §3.1) and 465 submission with TLS from the start (RFC 8314 §3.3);
 *   servers relaying to a recipient's MX use port 25 (RFC 5321 §4.5.4.2). A connection to 587 or 465 went to the
 *   sender's own provider, whoever made it.
 * - The loopback host (RFC 1122 §3.2.1.3, RFC 6890: 127.0.0.0/8, "localhost" RFC 6761 §6.3): the sender's own machine.
 *   Not a mailbox's domain ("root@localhost"), a longer name ("localhost.localdomain"), nor an address a named host
 *   resolved to ("mx.example.com[127.0.0.1]": that is the recipient domain's DNS).
 * - The runtime's own marks around the error, which only a program prints: Python's traceback, "[Errno N]"
 *   (docs.python.org/3/library/exceptions.html, OSError's str) and 'File "…", line N'; Rust's io::Error display
 *   "(os error N)" (rust-lang/rust library/std/src/io/error.rs); Perl's die "at FILE line N." (perlfunc die); Ruby's
 *   backtrace "FILE.rb:N:in" ; PHP's "FILE.php:N" and "on line N"; Java's java.net/javax.mail classes and Spring's
 *   "nested exception is"; a JavaScript stack frame "FILE.js:N:N"; Go's net.OpError "dial tcp" (golang/go
 *   src/net/net.go, OpError.Error) and a Go source position "FILE.go:N". These count only when nothing in the text is a
 *   mail server's own log of delivering onwards (Postfix's, Sendmail's, Exim's fields, a mail exchanger named):
 *   there the program is the mail server, and the server it could not reach may well be the recipient's.
 */

/** A connection to the submission ports: ":587", "port 465", "port: 587", "port=465". */
const SUBMISSION_PORT = /(?::|\bport\s?[:=]?\s?)(?:587|465)\b/i;
/** The loopback host as a connection's target (see above for what it is not). */
const LOOPBACK = /(?:^|[\s=(,:'"/])\[?(?:localhost|127\.0\.0\.1|::1)(?=\]|:\d|[^\w.:-]|$)/i;
/**
 * In a mail server's log, only as the host of a connection — "relay=[127.0.0.1]", "127.0.0.1[127.0.0.1]:10024",
 * "localhost[127.0.0.1]" — not the machine's own name at the head of a syslog line ("Oct 25 12:50:21 localhost sm-mta").
 */
const LOOPBACK_HOST = /(?:^|[\s=(,:'"/])\[?(?:localhost|127\.0\.0\.1|::1)(?=[[\]]|:\d)/i;
/** A runtime's marks (see above), in that order. Each alternative is bounded; no two quantifiers overlap. */
const RUNTIME =
  /Traceback \(most recent call last\)|\[Errno -?\d{1,5}\]|\bFile "[^"\n]{1,300}", line \d|\(os error \d{1,5}\)|\.p[lm] line \d|\.rb:\d{1,6}:in\b|\.php(?::\d| on line \d|\(\d)|\bjava\.(?:net|io)\.[A-Z]|\bjavax?\.mail\.[A-Z]|\bnested exception is\b|\.m?js:\d{1,6}:\d|\bdial tcp\b|\.go:\d{1,6}\b/;
/** A mail server's own log of delivering onwards, or a notice that names a mail exchanger. */
const ONWARD_DELIVERY = /\bpostfix\/|\bsm-mta\b|\bsendmail\[|\bexim\b|\brelay=|\bdsn=\d|\bstat=|\bDiagnostic-Code\b|\bTechnical details\b|\bR=\w|\bH=[\w.-]{1,253} \[|\bMX\b|\bmail exchanger|\bsmtp-in\b|\bmx\d{0,3}\.[\w-]/i;

/** The connection that failed was the sender's own (its provider's port, its own machine), or a program's. */
export function ownConnection(text: string): boolean {
  const t = text.slice(0, 2000);
  if (SUBMISSION_PORT.test(t)) return true;
  if (!ONWARD_DELIVERY.test(t)) return LOOPBACK.test(t) || RUNTIME.test(t);
  return LOOPBACK_HOST.test(t);
}
