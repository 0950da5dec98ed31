/**
 * Mail server products (MDaemon, hMailServer, Zimbra, cPanel's Exim, Kerio Connect, IceWarp, SmarterMail, Axigen, MailEnable, Stalwart…): the replies each documents, one source each, every entry citing its page or source file.
 */
import type { KnowledgeSource } from './types';

export const MAIL_SERVERS: readonly KnowledgeSource[] = [];
