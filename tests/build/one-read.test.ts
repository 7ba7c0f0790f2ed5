import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { makeTempDir, removeTemp, REPO_ROOT, runNodeScript, walkFiles } from '../helpers/build.ts';

const temp = makeTempDir('one-read');
afterAll(() => removeTemp(temp));

it('reads every content file exactly once in a whole build, check and search index included', async () => {
  const content = path.join(temp, 'content');
  fs.cpSync(path.join(REPO_ROOT, 'tests/fixtures/valid'), content, { recursive: true });
  const log = path.join(temp, 'reads.json');
  const result = await runNodeScript('src/cli/build.ts', ['--content', content, '--outDir', path.join(temp, 'site')], {
    nodeArgs: ['--import', path.join(REPO_ROOT, 'tests/helpers/count-content-reads.mjs')],
    env: { SALESBOOK_TEST_CONTENT: content, SALESBOOK_TEST_READS: log },
  });
  expect(result.exitCode, result.stdout + result.stderr).toBe(0);
  const reads: Record<string, number> = JSON.parse(fs.readFileSync(log, 'utf8'));
  const files = walkFiles(content).filter((file) => !path.basename(file).startsWith('_') && !file.includes(`${path.sep}_`));
  expect(files.length).toBeGreaterThan(20);
  for (const file of files) expect(reads[file], path.relative(content, file)).toBe(1);
});
