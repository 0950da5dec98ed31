/** The adapters by webmail: a new webmail is one file and one line here. */
import type { WebmailAdapter } from './adapter';
import { gmail } from './gmail';
import type { WebmailId } from './hosts';
import { outlook } from './outlook';

export const ADAPTERS: Readonly<Record<WebmailId, WebmailAdapter>> = { gmail, outlook };
