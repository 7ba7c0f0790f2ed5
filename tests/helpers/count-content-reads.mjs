// Preloaded into a build (`node --import`) to count, from outside our code, how often each file of
// the content folder is opened or read. Writes the counts as JSON to SALESBOOK_TEST_READS on exit.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

const contentDir = path.resolve(process.env.SALESBOOK_TEST_CONTENT ?? '');
const counts = new Map();
const count = (file) => {
  if (typeof file !== 'string' && !(file instanceof URL)) return;
  const absolute = path.resolve(file instanceof URL ? file.pathname : file);
  if (absolute.startsWith(contentDir + path.sep)) counts.set(absolute, (counts.get(absolute) ?? 0) + 1);
};
const wrap = (object, name) => {
  const original = object[name];
  object[name] = function (file, ...rest) {
    count(file);
    return original.call(this, file, ...rest);
  };
};
for (const name of ['readFileSync', 'readFile', 'openSync', 'open', 'createReadStream']) wrap(fs, name);
for (const name of ['readFile', 'open']) wrap(fs.promises, name);
// Named imports of node:fs see the counting functions too.
syncBuiltinESMExports();
process.on('exit', () => fs.writeFileSync(process.env.SALESBOOK_TEST_READS, JSON.stringify(Object.fromEntries(counts))));
