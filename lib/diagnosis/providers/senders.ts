/**
 * Sending services, whose own words appear when they refuse or suppress a send: Amazon SES
 * https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html ; SendGrid
 * https://www.twilio.com/docs/sendgrid/ui/sending-email/bounces ; Mailgun https://documentation.mailgun.com/ ;
 * Postmark https://postmarkapp.com/developer/api/overview#error-codes .
 */
import type { Provider } from '../types';

export const amazonses: Provider = {
  id: 'amazon-ses',
  name: 'Amazon SES',
  sends: true,
  hosts: ['amazonses.com', 'amazonaws.com'],
  signatures: [/amazonses/i, /\bSES\b/],
  links: { errors: 'https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html' },
  rules: [
    { id: 'amazon-ses.not-verified', category: 'sender-rejected', phrases: ['email address is not verified', 'identities failed the check'], source: 'https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html', },
    { id: 'amazon-ses.throttling', category: 'rate-limit', phrases: ['throttling failure', 'maximum sending rate', 'daily message quota'], source: 'https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas.html', },
    { id: 'amazon-ses.suspended', category: 'reputation', phrases: ['sending suspended', 'account is under review'], source: 'https://docs.aws.amazon.com/ses/latest/dg/faqs-enforcement.html', },
  ],
};

export const sendgrid: Provider = {
  id: 'sendgrid',
  name: 'SendGrid',
  sends: true,
  hosts: ['sendgrid.net', 'sendgrid.com'],
  signatures: [/sendgrid/i],
  links: { errors: 'https://www.twilio.com/docs/sendgrid/ui/sending-email/bounces' },
  rules: [
    { id: 'sendgrid.spam-report', category: 'complaint', phrases: ['spam reporting address', 'spam report'], source: 'https://www.twilio.com/docs/sendgrid/ui/sending-email/spam-reports', },
  ],
};

export const mailgun: Provider = {
  id: 'mailgun',
  name: 'Mailgun',
  sends: true,
  hosts: ['mailgun.org', 'mailgun.net'],
  signatures: [/mailgun/i],
  links: { errors: 'https://documentation.mailgun.com/' },
  rules: [
    { id: 'mailgun.unsubscribed', category: 'recipient-policy', phrases: ['not delivering to a user who unsubscribed', 'unsubscribed'], source: 'https://documentation.mailgun.com/docs/mailgun/user-manual/events/', },
    { id: 'mailgun.complained', category: 'complaint', phrases: ['marked mail as spam', 'complained'], source: 'https://documentation.mailgun.com/docs/mailgun/user-manual/events/', },
  ],
};

export const postmark: Provider = {
  id: 'postmark',
  name: 'Postmark',
  sends: true,
  hosts: ['postmarkapp.com', 'mtasv.net'],
  signatures: [/postmark/i, /inactive recipient/i],
  links: { errors: 'https://postmarkapp.com/developer/api/overview#error-codes' },
  // Its "inactive recipient" refusal (error 406) is the general suppression rule (recipient.suppressed).
  rules: [],
};
