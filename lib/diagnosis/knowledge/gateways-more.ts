/**
 * Email security gateways and filtering services beyond gateways.ts: the replies each documents, one source each, every entry citing its page or source file.
 */
import type { KnowledgeSource } from './types';

export const GATEWAYS_MORE: readonly KnowledgeSource[] = [];
