/**
 * Every provider the engine knows. A new provider is one file (or one entry in a family file) plus one line here.
 * Detection order (see detect.ts): remote MTA host, then a signature in the reply, then the recipient's domain.
 */
import type { Provider } from '../types';
import { apple } from './apple';
import { comcast } from './comcast';
import { barracuda, cisco, mimecast, proofpoint, sophos, trendmicro } from './gateways';
import { google } from './google';
import { docomo, kddi } from './japan';
import { fastmail, free, gmx, laposte, mailru, orange, proton, qq, tonline, yandex, zoho } from './mailboxes';
import { microsoft } from './microsoft';
import { amazonses, mailgun, postmark, sendgrid } from './senders';
import { yahoo } from './yahoo';

/** Gateways first: a Mimecast or Proofpoint reply on behalf of a Microsoft-hosted domain is the gateway's word. */
export const PROVIDERS: readonly Provider[] = [
  mimecast,
  proofpoint,
  barracuda,
  cisco,
  trendmicro,
  sophos,
  google,
  microsoft,
  yahoo,
  apple,
  comcast,
  gmx,
  tonline,
  orange,
  laposte,
  free,
  mailru,
  yandex,
  qq,
  zoho,
  proton,
  fastmail,
  kddi,
  docomo,
  amazonses,
  sendgrid,
  mailgun,
  postmark,
];
