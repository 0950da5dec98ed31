/**
 * Every published knowledge table: one file per source family, each entry citing the page or source file it comes
 * from. The scoring reads them all, whoever answered: a provider's own code counts wherever it appears, and the
 * provider that answered only adds weight to its own entries (score.ts).
 */
import { APPLE } from './apple';
import { BLOCKLIST_SOURCES } from './blocklists';
import { COMCAST } from './comcast';
import { DOCUMENTED_EXTRA } from './documented-extra';
import { EUROPE } from './europe';
import { EXCHANGE_LOCALIZED } from './exchange-localized';
import { FILTERS } from './filters';
import { GATEWAY_SOURCES } from './gateways';
import { GMAIL_NOTICE, GOOGLE } from './google';
import { EXCHANGE_ONPREM, MICROSOFT } from './microsoft';
import { EXIM } from './mta-exim';
import { OTHER_MTAS } from './mta-others';
import { POSTFIX } from './mta-postfix';
import { RUSSIA_ASIA } from './russia-asia';
import { LOCALIZED_HELP } from './localized-help';
import { IANA_REGISTRY, RFC_REPLIES } from './standards';
import { AMAZON_SES, BREVO, MAILCHIMP_MANDRILL, MAILGUN, POSTMARK, SENDGRID, SPARKPOST } from './sending-services';
import { ATT, COX, FASTMAIL, GODADDY, PROTON, SPECTRUM, ZOHO } from './small-mailboxes';
import type { KnowledgeSource } from './types';
import { YAHOO } from './yahoo';
import { MAIL_SERVERS } from './mail-servers';
import { HOSTING } from './hosting';
import { HOSTING_PANELS } from './hosting-panels';
import { HOSTING_DE } from './hosting-de';
import { HOSTING_WEST } from './hosting-west';
import { HOSTING_SOUTH } from './hosting-south';
import { HOSTING_ASIA } from './hosting-asia';
import { HOSTING_CEE } from './hosting-cee';
import { SENDING_SERVICES_MORE } from './sending-services-more';
import { SENDING_CLOUDS } from './sending-clouds';
import { SENDING_SERVICES_NEWER } from './sending-services-newer';
import { SENDING_SERVICES_REGIONAL } from './sending-services-regional';
import { FORWARDING_SERVICES } from './forwarding-services';
import { SENDING_SERVICES_INTL } from './sending-services-intl';
import { SENDING_APIS } from './sending-apis';
import { NCLOUD_OUTBOUND_MAILER } from './korea';
import { GATEWAYS_MORE } from './gateways-more';
import { FILTERS_MORE } from './filters-more';
import { SERVERS_OPEN } from './servers-open';
import { ISPS } from './isps';
import { REGIONAL } from './regional';
import { MTA_MORE } from './mta-more';
import { CLIENT_ERRORS } from './client-errors';
import { CLIENT_SCRIPTING } from './client-scripting';
import { CLIENT_COMPILED } from './client-compiled';
import { CLIENT_TOOLS } from './client-tools';
import { GMAIL_LOCALIZED_NOTICES } from './gmail-localized';
import { OUTLOOK_LOCALIZED_NDRS } from './outlook-localized';
import { LOCALIZED_CLIENTS } from './localized-clients';
import { LIST_MANAGERS } from './list-managers';
import { INCOMING_APPS } from './incoming-apps';
import { DISCOURSE_INCOMING } from './discourse';
import { ASIA_NOTICES } from './notices-asia';

export const KNOWLEDGE: readonly KnowledgeSource[] = [
  GOOGLE,
  GMAIL_NOTICE,
  MICROSOFT,
  EXCHANGE_ONPREM,
  EXCHANGE_LOCALIZED,
  ...LOCALIZED_HELP,
  ...GMAIL_LOCALIZED_NOTICES,
  ...OUTLOOK_LOCALIZED_NDRS,
  ...ASIA_NOTICES,
  YAHOO,
  APPLE,
  COMCAST,
  ZOHO,
  PROTON,
  FASTMAIL,
  COX,
  GODADDY,
  ATT,
  SPECTRUM,
  ...EUROPE,
  ...RUSSIA_ASIA,
  ...GATEWAY_SOURCES,
  ...BLOCKLIST_SOURCES,
  POSTFIX,
  EXIM,
  ...OTHER_MTAS,
  ...FILTERS,
  AMAZON_SES,
  SENDGRID,
  MAILGUN,
  POSTMARK,
  SPARKPOST,
  BREVO,
  MAILCHIMP_MANDRILL,
  ...SENDING_SERVICES_MORE,
  ...SENDING_CLOUDS,
  ...SENDING_SERVICES_NEWER,
  ...SENDING_SERVICES_REGIONAL,
  ...FORWARDING_SERVICES,
  ...SENDING_SERVICES_INTL,
  ...SENDING_APIS,
  NCLOUD_OUTBOUND_MAILER,
  ...HOSTING,
  ...HOSTING_PANELS,
  ...HOSTING_DE,
  ...HOSTING_WEST,
  ...HOSTING_SOUTH,
  ...HOSTING_ASIA,
  ...HOSTING_CEE,
  ...MAIL_SERVERS,
  ...SERVERS_OPEN,
  ...GATEWAYS_MORE,
  ...FILTERS_MORE,
  ...ISPS,
  ...REGIONAL,
  ...MTA_MORE,
  ...LIST_MANAGERS,
  ...INCOMING_APPS,
  DISCOURSE_INCOMING,
  ...DOCUMENTED_EXTRA,
  CLIENT_ERRORS,
  ...CLIENT_SCRIPTING,
  ...CLIENT_COMPILED,
  ...CLIENT_TOOLS,
  ...LOCALIZED_CLIENTS,
  IANA_REGISTRY,
  RFC_REPLIES,
];
