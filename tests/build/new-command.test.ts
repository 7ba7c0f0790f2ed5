import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { copyFixture, removeTemp, runCheckAsync, runNodeScript } from '../helpers/build.ts';

vi.setConfig({ testTimeout: 60_000 });
const temps: string[] = [];
afterAll(() => temps.forEach(removeTemp));

describe('npm run new', () => {
  it('prints its usage with every kind when called without arguments', async () => {
    const run = await runNodeScript('src/cli/new.ts', []);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run new -- <kind> <id>/m);
    for (const kind of ['script', 'scenario', 'objection', 'standard', 'method', 'checklist']) expect(run.stdout).toMatch(new RegExp(`^  ${kind} `, 'm'));
  });

  it('writes a Russian objection with Russian placeholders that passes npm run check', async () => {
    const dir = copyFixture('valid');
    temps.push(path.dirname(dir));
    const run = await runNodeScript('src/cli/new.ts', ['objection', 'too-slow', '--lang', 'ru', '--content', dir]);
    expect(run.exitCode, run.stderr).toBe(0);
    const text = fs.readFileSync(path.join(dir, 'objections/ru/too-slow.mdx'), 'utf8');
    expect(text).toContain('followUp: Вопрос, который стоит задать после ответа.');
    const check = await runCheckAsync(['--content', dir, '--drafts', '--strict']);
    expect(check.exitCode, check.stdout).toBe(0);
  });

  it('takes the placeholders of a language without built-in ones from its ui/<lang>.yaml', async () => {
    const dir = copyFixture('valid');
    temps.push(path.dirname(dir));
    fs.mkdirSync(path.join(dir, 'ui'));
    fs.writeFileSync(path.join(dir, 'ui/de.yaml'), 'scaffold:\n  stepFirstName: Erster Schritt\n  stepFirstText: Was zu tun ist.\n');
    const run = await runNodeScript('src/cli/new.ts', ['method', 'eskalation', '--lang', 'de', '--content', dir]);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'standards/de/eskalation.mdx'), 'utf8')).toContain('  - name: Erster Schritt\n    text: Was zu tun ist.\n');
  });
});
