import { readBounceBytes } from '../lib/engine/input';
import { installFastBlob } from '../lib/node/fast-blob';
installFastBlob();
import { loadCorpus } from './corpus-data';
const c = loadCorpus()!;
const t0 = performance.now();
for (let i = 0; i < 10; i++) for (const m of c.mails) await readBounceBytes(m.bytes);
console.log(((c.mails.length * 10) / (performance.now() - t0)) * 1000, 'mails/s');
