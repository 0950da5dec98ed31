/**
 * Sending services' own rejection, drop and suppression texts (Mailjet, Elastic Email, SocketLabs, MailerSend, Resend, SMTP2GO, Mailchimp, HubSpot, Salesforce Marketing Cloud…): the replies each documents, one source each, every entry citing its page or source file.
 */
import type { KnowledgeSource } from './types';

export const SENDING_SERVICES_MORE: readonly KnowledgeSource[] = [];
