/**
 * Hosting and business mailbox providers (Rackspace, Namecheap Private Email, OVHcloud, Gandi, Hostinger, Amazon WorkMail, Titan…): the replies each documents, one source each, every entry citing its page or source file.
 */
import type { KnowledgeSource } from './types';

export const HOSTING: readonly KnowledgeSource[] = [];
