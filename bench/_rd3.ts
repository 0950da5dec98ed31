import { DEV_REPLIES } from '../test/diagnosis/dev/replies';
import { readPastedText } from '../lib/engine/read';
import { isDocumentedFailure } from '../lib/diagnosis/documented';
const c = DEV_REPLIES.find((x) => x.text.includes(process.argv[2]!))!;
console.log(c.text);
const r = readPastedText(c.text, { documented: isDocumentedFailure });
console.log(r.format, JSON.stringify(r.recipients.map((x) => ({ rc: x.recipient, code: x.code, enh: x.enhanced, cmd: x.command, reply: x.reply })), null, 1));
