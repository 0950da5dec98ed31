/**
 * More mail-transfer-agent and filter reply templates, from their own source code and manuals: the replies each documents, one source each, every entry citing its page or source file.
 */
import type { KnowledgeSource } from './types';

export const MTA_MORE: readonly KnowledgeSource[] = [];
