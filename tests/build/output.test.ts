import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, REPO_ROOT, walkFiles } from '../helpers/build.ts';
import { checkLinks, describeBroken } from '../helpers/link-check.ts';

// The sample in every language, and the fixture for Hebrew (right to left), built once for both
// gates below: the W3C Nu HTML Checker and the offline link check.
const WORK = path.join(REPO_ROOT, 'tests', '.tmp', 'output-gates');
const sites: Record<'sample' | 'fixture', string> = { sample: '', fixture: '' };

beforeAll(async () => {
  fs.rmSync(WORK, { recursive: true, force: true });
  // Builds take a lock on the project, so they run one after the other anyway.
  for (const [name, content] of [
    ['sample', 'content'],
    ['fixture', 'tests/fixtures/valid'],
  ] as const) {
    const built = await buildSite({ content, outDir: path.join(WORK, name) });
    if (built.exitCode !== 0) throw new Error(`The ${name} did not build:\n${built.stdout}\n${built.stderr}`);
    sites[name] = built.outDir;
  }
}, 600_000);

afterAll(() => fs.rmSync(WORK, { recursive: true, force: true }));

const htmlPages = () => Object.values(sites).flatMap((dir) => walkFiles(dir).filter((file) => file.endsWith('.html')));

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: 'warning' | 'fatal';
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** Runs the Nu HTML Checker once over all files (one JVM start) and returns its messages. */
function validate(files: readonly string[]): VnuMessage[] {
  const jar = createRequire(import.meta.url)('vnu-jar') as string;
  const result = spawnSync('java', ['-Xss4m', '-jar', jar, '--format', 'json', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`The HTML checker needs Java (apt-get install default-jre-headless): ${result.error.message}`);
  return (JSON.parse(result.stderr) as { messages: VnuMessage[] }).messages;
}

const where = (message: VnuMessage) => `${path.relative(WORK, new URL(message.url).pathname)}:${message.lastLine ?? '?'}: ${message.message}`;

describe('the built HTML', () => {
  it('passes the W3C Nu HTML Checker with no errors on every page of both sites', () => {
    const files = htmlPages();
    expect(files.length).toBeGreaterThan(20);
    const messages = validate(files);
    // The checker judges the Content-Security-Policy of files on disk, where 'self' matches nothing
    // and hashes are not computed; browser tests check the policy where it applies, in Chromium.
    const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning' && !m.message.includes('violates Content Security Policy'));
    // Warnings are listed once per kind, with how often and where first, to stay readable.
    const kinds = new Map<string, VnuMessage[]>();
    for (const warning of warnings) kinds.set(warning.message, [...(kinds.get(warning.message) ?? []), warning]);
    if (warnings.length > 0)
      console.warn(`HTML checker warnings (${warnings.length}):\n${[...kinds.values()].map((same) => `${same.length} × ${where(same[0]!)}`).join('\n')}`);
    const errors = messages.filter((m) => m.type !== 'info');
    console.info(`HTML checker: ${files.length} pages, ${errors.length} errors, ${warnings.length} warnings.`);
    expect(errors.map(where).join('\n')).toBe('');
  });
});

describe('links in the built sites', () => {
  it.each(['sample', 'fixture'] as const)('every local address and #anchor in the %s resolves', (name) => {
    const report = checkLinks(sites[name]);
    console.info(`Links (${name}): ${report.links} local addresses in ${report.pages} pages, ${report.broken.length} broken.`);
    expect(report.links).toBeGreaterThan(report.pages);
    expect(describeBroken(report.broken)).toBe('');
  });
});
