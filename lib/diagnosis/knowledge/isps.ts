/**
 * Internet service providers' and telecoms' mailboxes (North America, UK, Australia, New Zealand): the replies each documents, one source each, every entry citing its page or source file.
 */
import type { KnowledgeSource } from './types';

export const ISPS: readonly KnowledgeSource[] = [];
