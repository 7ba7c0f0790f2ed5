/**
 * `npm run lighthouse [-- --dist DIR]`
 *
 * Builds the sample playbook (or takes an already built site), serves it on 127.0.0.1 and runs
 * Lighthouse's mobile preset on the home page, a call script, a scenario and the search page.
 * Prints the four category scores per page and exits non-zero if any is below 95. Performance
 * depends on how busy the machine is, so this is a measurement, not a test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite, REPO_ROOT } from '../tests/helpers/build.ts';
import { serveDir } from '../tests/helpers/browser.ts';
import { CATEGORIES, measureLighthouse } from './measure-lighthouse.ts';

/** Pages Lighthouse judges: one of each kind a seller opens during a call. */
export const LIGHTHOUSE_PAGES = ['/en/', '/en/scripts/first-call-gatekeeper/', '/en/scenarios/cold-call-gatekeeper/', '/en/search/'];
const MINIMUM = 95;

const { values } = parseArgs({ options: { dist: { type: 'string' } } });

// Inside the project: Astro keeps its temporary prerender files under an outDir there.
const tmp = values.dist ? undefined : path.join(REPO_ROOT, 'tests', '.tmp', 'lighthouse');
const dist = values.dist ?? path.join(tmp!, 'dist');
// The server starts first so the build knows the site's address: alternate-language links must be
// absolute, as they are on a real deployment built with `--site`.
const server = await serveDir(dist);
if (!values.dist) {
  const built = await buildSite({ content: 'content', outDir: dist, astroArgs: ['--site', server.origin] });
  if (built.exitCode !== 0) throw new Error(`The sample did not build:\n${built.stdout}\n${built.stderr}`);
}
try {
  const results = await measureLighthouse(server.origin, LIGHTHOUSE_PAGES);
  let low = 0;
  for (const result of results) {
    const path_ = result.url.slice(server.origin.length);
    console.log(`${path_.padEnd(40)} ${CATEGORIES.map((id) => `${id} ${result.scores[id]}`).join('  ')}`);
    for (const line of result.failed) console.log(`    ${line}`);
    for (const address of result.externalRequests) console.log(`    external request: ${address}`);
    low += CATEGORIES.filter((id) => (result.scores[id] ?? 0) < MINIMUM).length;
  }
  if (low > 0) {
    console.log(`${low} score(s) below ${MINIMUM}.`);
    process.exitCode = 1;
  }
} finally {
  await server.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
}
