/**
 * `npm run bench:corpus`: reads every mail of ../shared/corpus/sisimai and compares what the engine read with the
 * corpus's expected.json: recipients found, reply-code and enhanced-status agreement, non-bounces recognised, and
 * the message kinds (auto-replies, complaints, delivery notices). `--misses` lists every disagreement.
 */
import { readBounceBytes } from '../lib/engine/input';
import { installFastBlob } from '../lib/node/fast-blob';
import type { BounceReport } from '../lib/engine/types';
import { loadCorpus, type ExpectedRow } from './corpus-data';

installFastBlob();
const showMisses = process.argv.includes('--misses');
const corpus = loadCorpus();
if (!corpus) {
  console.log('bench:corpus: ../shared/corpus/sisimai is not there (set BOUNCE_CORPUS to its folder); skipped.');
  process.exit(0);
}

const NON_FAILURE: Record<string, BounceReport['kind']> = { vacation: 'auto-reply', feedback: 'complaint', delivered: 'delivered' };
/** Sisimai's own x.0.9xx statuses are invented by Sisimai, never in the mail: they are not compared. */
const sisimaiInternal = (s: string) => /^\d\.0\.9\d\d$/.test(s);

let countOk = 0;
let countTotal = 0;
let codeOk = 0;
let codeTotal = 0;
let statusOk = 0;
let statusTotal = 0;
let kindOk = 0;
let kindTotal = 0;
let bounceFound = 0;
let bounceTotal = 0;
const misses: string[] = [];

for (const mail of corpus.mails) {
  if (!mail.expected) continue;
  const report = await readBounceBytes(mail.bytes);
  const rows: ExpectedRow[] = mail.expected;
  const special = rows[0] ? NON_FAILURE[rows[0].reason] : undefined;
  if (special) {
    kindTotal++;
    if (report.kind === special) kindOk++;
    else misses.push(`${mail.name}: kind ${report.kind}, expected ${special}`);
    continue;
  }
  bounceTotal++;
  if (report.isBounce) bounceFound++;
  else misses.push(`${mail.name}: not recognised as a bounce (${report.kind})`);
  countTotal++;
  if (report.recipients.length === rows.length) countOk++;
  else misses.push(`${mail.name}: ${report.recipients.length} recipients, expected ${rows.length}`);
  rows.forEach((row, i) => {
    const got = report.recipients[i];
    if (row.replycode) {
      codeTotal++;
      if (got?.code === row.replycode) codeOk++;
      else misses.push(`${mail.name}#${i}: code ${got?.code ?? 'null'}, expected ${row.replycode}  | ${got?.reply?.slice(0, 100) ?? ''}`);
    }
    if (row.deliverystatus && !sisimaiInternal(row.deliverystatus)) {
      statusTotal++;
      const derived = got?.enhanced ?? (got?.code ? `${got.code[0]}.0.0` : null);
      if (derived === row.deliverystatus) statusOk++;
      else misses.push(`${mail.name}#${i}: status ${got?.enhanced ?? 'null'}, expected ${row.deliverystatus}  | ${got?.reply?.slice(0, 100) ?? ''}`);
    }
  });
}

let notOk = 0;
for (const mail of corpus.notBounces) {
  const report = await readBounceBytes(mail.bytes);
  if (!report.isBounce) notOk++;
  else misses.push(`not-bounces/${mail.name}: read as a bounce (${report.format})`);
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
const rows = [
  ['bounces recognised', bounceFound, bounceTotal, '100%'],
  ['recipient counts agree', countOk, countTotal, '≥ 97%'],
  ['reply codes agree', codeOk, codeTotal, '≥ 98%'],
  ['enhanced statuses agree', statusOk, statusTotal, '≥ 98%'],
  ['kinds agree (auto-reply, complaint, delivered)', kindOk, kindTotal, '100%'],
  ['non-bounces recognised', notOk, corpus.notBounces.length, '100%'],
] as const;
console.log(`Corpus: ${corpus.dir} (${corpus.mails.length} mails, ${corpus.notBounces.length} non-bounces)`);
console.table(rows.map(([what, ok, total, target]) => ({ measure: what, agree: `${ok}/${total}`, rate: pct(ok, total), target })));
if (showMisses) for (const m of misses) console.log('  miss:', m);
else if (misses.length > 0) console.log(`${misses.length} disagreements; run with --misses to list them.`);
