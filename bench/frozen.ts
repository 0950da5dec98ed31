/** `node scripts/run-ts.mjs bench/frozen.ts`: the generalization figures alone (bench:corpus prints them too). */
import { FROZEN_REPLIES } from '../test/diagnosis/frozen/replies';
import { REPLIES } from '../test/diagnosis/replies';
import { DEV_REPLIES } from '../test/diagnosis/dev/replies';
import { judge, printTable } from './generalization';

printTable(judge('rule-writing table (test/diagnosis/replies.ts)', REPLIES.map((c) => ({ text: c.reply, category: c.category, remoteHost: c.remoteHost }))), { perCategory: process.argv.includes('--per-category'), byBasis: true });
if (process.argv.includes('--misses')) for (const m of judge('rw', REPLIES.map((c) => ({ text: c.reply, category: c.category, remoteHost: c.remoteHost }))).misses) console.log(`  ${m.expected} → ${m.got} (${m.ruleId}, ${m.level}) | ${m.text.slice(0, 140)}`);
const dev = judge('development set (test/diagnosis/dev/replies.ts)', DEV_REPLIES.map((c) => ({ text: c.text, category: c.category })));
printTable(dev, { perCategory: process.argv.includes('--per-category'), byBasis: true, byVerdict: process.argv.includes('--by-verdict') });
if (process.argv.includes('--misses')) for (const m of dev.misses) console.log(`  ${m.expected} → ${m.got} (${m.ruleId}, ${m.level}) | ${m.text.replace(/\s+/g, ' ').slice(0, 160)}`);
printTable(judge('frozen test (test/diagnosis/frozen/replies.ts)', FROZEN_REPLIES.map((c) => ({ text: c.text, category: c.category }))), { perCategory: true, byBasis: true });
