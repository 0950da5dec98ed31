/**
 * The one-line titles, apart from the longer texts (en.ts) so that content scripts carry only these: the card shows
 * the title at once and fetches the explanation and checklist when opened. {placeholders} as in en.ts.
 */
import type { Category } from '../types';

export const TITLES: Readonly<Record<Category, string>> = {
  spf: '{who} rejected your message because it failed SPF',
  dkim: '{who} rejected your message because its DKIM signature did not pass',
  dmarc: "{who} rejected your message because of {domain}'s DMARC policy",
  unauthenticated: '{who} refused your message because it was not authenticated',
  ptr: "{who} refused your server because its IP address has no matching reverse DNS name",
  'ip-blocklist': "{who} is refusing mail from your server's IP address{zoneClause}",
  'domain-blocklist': '{who} refused your message because a domain in it is on a blocklist{zoneClause}',
  reputation: "{who} is refusing your mail because of your sender reputation",
  'rate-limit': '{who} is limiting how much mail you can send right now',
  spam: '{who} refused your message as spam',
  virus: "{who} blocked your message because it looks dangerous",
  'content-policy': "{who} does not accept this kind of content or attachment",
  'message-size': 'Your message is larger than {who} accepts',
  'message-format': "{who} refused your message because it is not formatted correctly",
  'relay-denied': 'The receiving server will not pass your message on to {recipientDomain}',
  'auth-required': 'The server requires you to log in before sending',
  'tls-required': 'The connection was refused because it was not encrypted as required',
  'sender-rejected': '{who} refused your sender address',
  'recipient-unknown': 'The address {recipient} does not exist',
  'recipient-domain': 'The domain {recipientDomain} cannot receive mail',
  'mailbox-full': "{recipient}'s mailbox is full",
  'mailbox-disabled': 'The mailbox {recipient} is disabled or no longer in use',
  'recipient-policy': '{recipient} does not accept messages from you',
  policy: '{who} refused your message by policy',
  greylisting: 'The receiving server asked your server to try again later (greylisting)',
  'delivery-timeout': 'Your server gave up delivering to {recipient} after trying for a long time',
  network: "Your server could not reach the recipient's mail server",
  'remote-error': "The recipient's mail server had an internal problem",
  protocol: 'The two mail servers did not understand each other',
  'auto-reply': 'This is an automatic reply, not a bounce',
  complaint: 'A recipient reported your message as spam',
  delivered: 'This is a delivery notice: your message was delivered or passed on',
  unknown: 'Your message was not delivered, and the reply does not say why clearly',
};

/** Provider-specific titles where they help (keyed "provider:category"). */
export const PROVIDER_TITLES: Readonly<Record<string, string>> = {
  'microsoft:ip-blocklist': "Microsoft is refusing mail from your server's IP address",
  'microsoft:reputation': "Microsoft is refusing mail from your server because of its reputation",
  'google:unauthenticated': 'Gmail blocked your message because it was not authenticated (SPF or DKIM)',
  'google:dmarc': "Gmail rejected your message because of {domain}'s DMARC policy",
  'google:rate-limit': 'Gmail is temporarily limiting mail from your server',
  'yahoo:reputation': 'Yahoo is deferring your mail because of volume or complaints',
  'yahoo:ip-blocklist': "Yahoo is refusing mail from your server's IP address",
  'kddi:recipient-policy': "{recipient}'s au mail settings refuse messages from you",
};

/** Titles for verdicts that a particular rule reached, where the category's title would say more than we know. */
export const RULE_TITLES: Readonly<Record<string, string>> = {
  'fact.unconfirmed-unknown': "{recipient} was refused: a filter on the recipient's side, or an address that does not exist",
  'fact.delay-without-cause': 'Not delivered yet: your server is still trying to reach {recipientDomain}',
  'fact.temporary-domain': 'The domain {recipientDomain} could not be found for now; your server will keep trying',
  'recipient.suppressed': 'Not sent: {recipient} bounced before and your sending service now refuses to send to it',
  'service.test-mode': "Not sent to {recipient}: your sending service's test mode sends only to addresses you have authorized",
  'service.account-hold': "Not sent to {recipient}: your sending service is not sending for your account or domain right now",
  // (No recipient in it: a service's refusal often names only the From address, which a reader may take for one.)
  'service.sender-unverified': "Not sent: your sending service has not verified the address or domain you sent from",
  'sendmail.relay-mailer': "Not sent to {recipient}: your server could not find the smart host it relays mail through",
  'client.no-connection': 'Not sent: the sending program could not connect to the mail server',
  'client.tls': 'Not sent: the sending program could not set up an encrypted connection to the mail server',
  'list.held': 'Not delivered yet: the mailing list is holding your message for its moderator',
  'auth.login-throttle': 'Not sent: the mail server stopped accepting logins from your program for a while',
  'account.sending-limit': 'Not sent: your account has reached its sending limit for now',
  'auth.sasl-mechanism': 'Not sent: your server and the mail server it logs in to found no login method in common',
  'auth.login-refused': "The mail server refused the login: the username or password was not accepted",
  'microsoft.smtp-auth-off': "Microsoft does not accept this program's password login (SMTP AUTH is off or blocked)",
  'tls.starttls-first': "Not sent: the server requires encryption (STARTTLS) first, and the program did not turn it on",
  'recipient.malformed': "The address {recipient} is not a valid email address as written",
  'sender.malformed': 'Not sent: the sender address given is not a complete email address',
  'network.outbound-blocked': "Your server could not connect to the recipient's mail provider: outgoing port 25 is most likely blocked on your side",
  'mta.mail-loop': 'Not delivered to {recipient}: the mail server\'s route for {recipientDomain} leads back to itself',
  'mta.hop-loop': "Not delivered to {recipient}: the message went round in a loop between mail servers",
  'blocklist.lookup-error': "The receiving server refused you because its own blocklist lookup failed, not because you are listed",
  'sender.login-mismatch': 'Not sent: the account you sent with may not use this From address',
  'tenant.unregistered-domain': 'Not sent: Microsoft 365 blocks mail from a domain your organization has not added to it',
  'auth.helo': '{who} refused the name your server introduced itself with (HELO/EHLO)',
};

/**
 * Titles for when the bounce does not name the recipient, for the templates above that would otherwise read "The
 * address the recipient does not exist" (keyed as the templates are: rule id, "provider:category" or category).
 */
export const UNNAMED_TITLES: Readonly<Record<string, string>> = {
  'recipient-unknown': 'The address does not exist',
  'recipient-domain': "The recipient's domain cannot receive mail",
  'mailbox-full': "The recipient's mailbox is full",
  'mailbox-disabled': 'The mailbox is disabled or no longer in use',
  'recipient-policy': 'The recipient does not accept messages from you',
  'relay-denied': "The receiving server will not pass your message on to the recipient's domain",
  'delivery-timeout': 'Your server gave up delivering your message after trying for a long time',
  'kddi:recipient-policy': "The recipient's au mail settings refuse messages from you",
  'fact.unconfirmed-unknown': "The address was refused: a filter on the recipient's side, or an address that does not exist",
  'fact.delay-without-cause': "Not delivered yet: your server is still trying to reach the recipient's server",
  'fact.temporary-domain': "The recipient's domain could not be found for now; your server will keep trying",
  'recipient.suppressed': 'Not sent: the address bounced before and your sending service now refuses to send to it',
  'service.test-mode': "Not sent: your sending service's test mode sends only to addresses you have authorized",
  'service.account-hold': "Not sent: your sending service is not sending for your account or domain right now",
  'service.sender-unverified': "Not sent: your sending service has not verified the address or domain you sent from",
  'sendmail.relay-mailer': "Not sent: your server could not find the smart host it relays mail through",
  'client.no-connection': 'Not sent: the sending program could not connect to the mail server',
  'client.tls': 'Not sent: the sending program could not set up an encrypted connection to the mail server',
  'list.held': 'Not delivered yet: the mailing list is holding your message for its moderator',
  'auth.login-throttle': 'Not sent: the mail server stopped accepting logins from your program for a while',
  'account.sending-limit': 'Not sent: your account has reached its sending limit for now',
  'auth.sasl-mechanism': 'Not sent: your server and the mail server it logs in to found no login method in common',
  'auth.login-refused': "The mail server refused the login: the username or password was not accepted",
  'microsoft.smtp-auth-off': "Microsoft does not accept this program's password login (SMTP AUTH is off or blocked)",
  'tls.starttls-first': "Not sent: the server requires encryption (STARTTLS) first, and the program did not turn it on",
  'recipient.malformed': "The recipient's address is not a valid email address as written",
  'sender.malformed': 'Not sent: the sender address given is not a complete email address',
  'network.outbound-blocked': "Your server could not connect to the recipient's mail provider: outgoing port 25 is most likely blocked on your side",
  'mta.mail-loop': 'Not delivered: the mail server\'s route for the recipient\'s domain leads back to itself',
  'mta.hop-loop': "Not delivered: the message went round in a loop between mail servers",
  'blocklist.lookup-error': "The receiving server refused you because its own blocklist lookup failed, not because you are listed",
  'sender.login-mismatch': 'Not sent: the account you sent with may not use this From address',
  'tenant.unregistered-domain': 'Not sent: Microsoft 365 blocks mail from a domain your organization has not added to it',
};
