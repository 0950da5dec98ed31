/**
 * Regional mailbox providers of Europe, Latin America and Asia beyond europe.ts and russia-asia.ts: the replies each documents, one source each, every entry citing its page or source file.
 */
import type { KnowledgeSource } from './types';

export const REGIONAL: readonly KnowledgeSource[] = [];
