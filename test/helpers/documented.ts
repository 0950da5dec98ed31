/**
 * How a knowledge table's documented text reads when pasted as it is documented: the paste reader and the diagnosis,
 * or, for a text that is a description rather than a reply, the classifier with the entry's documented status.
 */
import { classify } from '../../lib/diagnosis/classify';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import type { KnownReply } from '../../lib/diagnosis/knowledge/types';
import type { Category } from '../../lib/diagnosis/types';
import { readPastedText } from '../../lib/engine/read';

export function documentedCategory(e: KnownReply): Category {
  return diagnoseReport(readPastedText(e.text, { documented: isDocumentedFailure }))[0]?.category ?? classify({ reply: e.text, code: null, enhanced: e.status?.replace(/^x/, '5') ?? null }).category;
}
