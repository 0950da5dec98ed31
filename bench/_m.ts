import { judge } from './generalization';
import { DEV_ASIA26 } from '../test/diagnosis/dev/asia26';
import { DEV_EUROPE26 } from '../test/diagnosis/dev/europe26';
const which = process.argv[2] === 'eu' ? DEV_EUROPE26 : DEV_ASIA26;
const r = judge('x', which.map((c) => ({ text: c.text, category: c.category })));
console.log(`${r.right}/${r.total}`);
for (const m of r.misses) console.log(`${m.expected} → ${m.got} (${m.ruleId}, ${m.level}) | ${m.text.replace(/\s+/g, ' ').slice(0, 300)}\n`);
