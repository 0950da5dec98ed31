import { readFileSync } from 'node:fs';
import { readText } from '../lib/engine/read-text';
import { diagnoseReport } from '../lib/diagnosis/diagnose';
for (const line of readFileSync(process.argv[2] ?? '/tmp/exp/replies3.txt', 'utf8').split('\n').filter(Boolean)) {
  const d = diagnoseReport(readText(line))[0];
  console.log((d?.category ?? '-').padEnd(18), (d?.ruleId ?? '').padEnd(30), (d?.confidence.level ?? '').padEnd(7), line.slice(0, 80));
}
