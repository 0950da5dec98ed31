import { DEV_ISSUES } from '../../devset/issues';
import { DEV_PAGES } from '../../devset/pages';
import { readPastedText } from '../lib/engine/read';
import { isDocumentedFailure } from '../lib/diagnosis/documented';
for (const key of process.argv.slice(2)) {
  const c = [...DEV_ISSUES, ...DEV_PAGES].find((x) => x.text.includes(key))!;
  const r = readPastedText(c.text, { documented: isDocumentedFailure });
  console.log(r.format, r.notes, JSON.stringify(r.recipients.map((x) => ({ rc: x.recipient, code: x.code, enh: x.enhanced, reply: x.reply })), null, 1));
}
