import { readFileSync, readdirSync } from 'node:fs';
import { readBounceBytes } from '../lib/engine/input';
const dir = 'test/fixtures/bounces';
for (const f of readdirSync(dir).sort()) {
  const r = await readBounceBytes(new Uint8Array(readFileSync(`${dir}/${f}`)));
  console.log(f.padEnd(28), r.kind, r.format, JSON.stringify(r.recipients.map(x => [x.recipient, x.code, x.enhanced, x.command, x.remoteHost, x.remoteIp, x.reply?.slice(0, 70)])), r.original ? 'orig:' + r.original.subject : '', r.notes.join('|'));
}
