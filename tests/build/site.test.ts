import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybook, type PlaybookEntry } from '../../src/lib/engine/content/load-playbook.ts';
import { buildSite, makeTempDir, removeTemp, REPO_ROOT, walkFiles } from '../helpers/build.ts';

// The sample playbook that ships with Salesbook, built once (default edition) for every test below.
const CONTENT = path.join(REPO_ROOT, 'content');
const playbook = loadPlaybook(CONTENT);
const LANGS = ['en', 'ru'];

let workDir = '';
let outDir = '';
let build: Awaited<ReturnType<typeof buildSite>>;

beforeAll(async () => {
  workDir = makeTempDir('site');
  build = await buildSite({ content: CONTENT, outDir: path.join(workDir, 'dist'), cacheDir: path.join(workDir, 'cache') });
  outDir = build.outDir;
}, 600_000);

afterAll(() => {
  if (workDir) removeTemp(workDir);
});

/** The HTML of a built page, by its address. */
function page(address: string): string {
  const file = path.join(outDir, address.replace(/^\//u, ''), address.endsWith('.html') ? '' : 'index.html');
  return fs.readFileSync(file, 'utf8');
}

function htmlFiles(): string[] {
  return walkFiles(outDir).filter((file) => file.endsWith('.html'));
}

const entriesOf = (collection: PlaybookEntry['collection'], lang: string) =>
  playbook.entries.filter((entry) => entry.collection === collection && entry.lang === lang && entry.data.audience.includes('everyone') && !entry.data.draft);
const objectionsOf = (lang: string) => entriesOf('objections', lang).filter((entry): entry is Extract<PlaybookEntry, { collection: 'objections' }> => entry.collection === 'objections');
const callScripts = (lang: string) => entriesOf('scripts', lang).filter((entry) => entry.collection === 'scripts' && entry.data.type === 'call');

/** `src` of every script tag, or `inline` for a script without one. */
function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/gu)].map((match) => /\bsrc="([^"]+)"/u.exec(match[1] ?? '')?.[1] ?? 'inline');
}

/** The page without `<template>` contents, which are inert until a script clones them. */
function withoutTemplates(html: string): string {
  return html.replace(/<template\b[^>]*>[\s\S]*?<\/template>/gu, '');
}

function htmlAttribute(html: string, name: string): string | undefined {
  const tag = /<html\b[^>]*>/u.exec(html)?.[0] ?? '';
  return new RegExp(`\\b${name}="([^"]*)"`, 'u').exec(tag)?.[1];
}

describe('the sample handbook build', () => {
  it('finishes without errors', () => {
    expect(build.exitCode, build.stderr).toBe(0);
  });

  it.each(LANGS)('has every page type in %s', (lang) => {
    const firstOf = (collection: PlaybookEntry['collection'], type?: string) =>
      entriesOf(collection, lang).find((entry) => !type || ('type' in entry.data && entry.data.type === type))!.id;
    const addresses = [
      `/${lang}/`,
      `/${lang}/scripts/${firstOf('scripts', 'call')}/`,
      `/${lang}/scenarios/`,
      `/${lang}/scenarios/${firstOf('scripts', 'scenario')}/`,
      `/${lang}/objections/`,
      `/${lang}/objections/${firstOf('objections')}/`,
      `/${lang}/standards/`,
      `/${lang}/standards/${firstOf('standards', 'standard')}/`,
      `/${lang}/standards/${firstOf('standards', 'method')}/`,
      `/${lang}/standards/${firstOf('standards', 'checklist')}/`,
      `/${lang}/stop-phrases/`,
      `/${lang}/compensation/`,
      `/${lang}/print/`,
    ];
    const missing = addresses.filter((address) => !fs.existsSync(path.join(outDir, address, 'index.html')));
    expect(missing).toEqual([]);
  });

  it('has a 404 page and a root page that sends readers to the default language', () => {
    expect(page('/404.html')).toContain('<h1>');
    expect(page('/')).toMatch(/<meta http-equiv="refresh" content="0; url=\/en\/"/u);
    expect(scriptsOf(page('/'))).toEqual([]);
  });

  it('gives every page the lang of its folder and a left-to-right direction', () => {
    const wrong = htmlFiles().flatMap((file) => {
      const relative = path.relative(outDir, file);
      const folder = relative.split(path.sep)[0]!;
      const expected = LANGS.includes(folder) ? folder : 'en';
      const html = fs.readFileSync(file, 'utf8');
      const got = `${htmlAttribute(html, 'lang')} ${htmlAttribute(html, 'dir')}`;
      return got === `${expected} ltr` ? [] : [`${relative}: ${got}`];
    });
    expect(wrong).toEqual([]);
  });

  it('leaves the managers-only entry out of every page of the default edition', () => {
    const restricted = playbook.entries.filter((entry) => !entry.data.audience.includes('everyone'));
    expect(restricted.map((entry) => entry.id)).toContain('escalation-playbook');
    const leaks = htmlFiles().flatMap((file) => {
      const html = fs.readFileSync(file, 'utf8');
      return restricted.filter((entry) => html.includes(entry.id) || html.includes(entry.data.title)).map((entry) => `${path.relative(outDir, file)}: ${entry.id}`);
    });
    expect(leaks).toEqual([]);
    expect(walkFiles(outDir).filter((file) => file.includes('escalation-playbook'))).toEqual([]);
  });
});

describe('script pages', () => {
  it.each(LANGS)('give every speech module in %s its own anchor and a copy button per variant', (lang) => {
    for (const entry of callScripts(lang)) {
      if (entry.collection !== 'scripts' || entry.data.type !== 'call') continue;
      const html = page(`/${lang}/scripts/${entry.id}/`);
      const anchors = entry.data.modules.filter((module) => !html.includes(`id="${module.id}"`)).map((module) => module.id);
      expect(anchors, entry.id).toEqual([]);
      const variants = entry.data.modules.reduce((sum, module) => sum + module.variants.length, 0);
      expect(withoutTemplates(html).match(/<copy-button\b/gu)?.length, entry.id).toBe(variants);
      expect(html, entry.id).toContain(`href="#${entry.data.modules[0]!.id}"`);
    }
  });

  it('link to the translation of the same script', () => {
    const [script] = callScripts('en');
    expect(page(`/en/scripts/${script!.id}/`)).toContain(`href="/ru/scripts/${script!.id}/" hreflang="ru"`);
  });
});

describe('anchors search results land on', () => {
  it('gives every objection response an anchor', () => {
    const [objection] = objectionsOf('en');
    expect(page(`/en/objections/${objection!.id}/`)).toMatch(/<h3 id="response-1"/u);
  });

  it('gives every stop phrase a heading with an anchor', () => {
    const phrases = playbook.stopPhrases.find((source) => source.lang === 'en')!.data;
    const headings = page('/en/stop-phrases/').match(/<h2 id="stop-[^"]+"/gu) ?? [];
    expect(headings).toHaveLength(phrases.length);
  });
});

describe('JavaScript', () => {
  // Whatever every page with the site header loads belongs to the header search; nothing else may come along.
  const siteWide = () => {
    const perPage = htmlFiles()
      .map((file) => fs.readFileSync(file, 'utf8'))
      .filter((html) => html.includes('class="site-header"'))
      .map((html) => new Set(scriptsOf(html)));
    return [...perPage[0]!].filter((src) => perPage.every((set) => set.has(src)));
  };

  it('loads only the small header search launcher on every page, not the search itself', () => {
    const scripts = siteWide();
    // The launcher and the copy button its results reuse; the search code loads when search opens.
    expect(scripts.length).toBeLessThanOrEqual(2);
    const gzipped = scripts.reduce((sum, src) => sum + zlib.gzipSync(fs.readFileSync(path.join(outDir, src))).length, 0);
    expect(gzipped).toBeLessThan(8 * 1024);
  });

  it.each(['/en/', '/en/standards/', '/en/compensation/', '/404.html'])(
    'ships no script of its own on %s, which has nothing interactive',
    (address) => {
      const common = siteWide();
      expect(scriptsOf(page(address)).filter((src) => !common.includes(src))).toEqual([]);
    },
  );

  it('ships no script on a method page', () => {
    const method = entriesOf('standards', 'en').find((entry) => entry.collection === 'standards' && entry.data.type === 'method')!;
    const common = siteWide();
    expect(scriptsOf(page(`/en/standards/${method.id}/`)).filter((src) => !common.includes(src))).toEqual([]);
  });

  it('loads on the print page only the script that numbers its contents before printing', () => {
    const common = siteWide();
    const own = scriptsOf(page('/en/print/')).filter((src) => !common.includes(src));
    expect(own).toHaveLength(1);
    expect(fs.readFileSync(path.join(outDir, own[0]!), 'utf8')).toMatch(/printNumbered/u);
    expect(page('/en/print/')).toContain('class="toc-page"');
  });

  it('loads the checklist script on a checklist page', () => {
    const checklist = entriesOf('standards', 'en').find((entry) => entry.collection === 'standards' && entry.data.type === 'checklist')!;
    const common = siteWide();
    expect(scriptsOf(page(`/en/standards/${checklist.id}/`)).filter((src) => !common.includes(src))).toHaveLength(1);
  });
});

describe('the print page', () => {
  const html = () => page('/en/print/');

  it('holds every speech module, objection response, scenario line and stop phrase of the language', () => {
    const text = html();
    const missing: string[] = [];
    for (const entry of entriesOf('scripts', 'en')) {
      if (entry.collection === 'scripts' && entry.data.type === 'call') for (const module of entry.data.modules) if (!text.includes(`id="${module.id}"`)) missing.push(module.id);
    }
    for (const entry of entriesOf('objections', 'en')) if (!text.includes(`id="${entry.id}-response-1"`)) missing.push(entry.id);
    for (const entry of entriesOf('scripts', 'en')) if (entry.collection === 'scripts' && entry.data.type === 'scenario' && !text.includes(`id="${entry.id}-section-start"`)) missing.push(entry.id);
    expect(missing).toEqual([]);
    expect(text).toContain('class="stop-phrases');
    expect(text).toContain('class="compensation-matrix');
  });

  it('keeps the chapters in book order', () => {
    const order = [...html().matchAll(/<section class="print-chapter" id="print-([a-z-]+)"/gu)].map((match) => match[1]);
    expect(order).toEqual(['first-call', 'second-call', 'offer', 'objections', 'stop-phrases', 'relationship', 'difficult', 'scenarios', 'standards', 'compensation']);
  });

  it('has no copy buttons and no duplicate ids', () => {
    const text = html();
    expect(withoutTemplates(text)).not.toContain('<copy-button');
    const ids = [...text.matchAll(/\bid="([^"]+)"/gu)].map((match) => match[1]);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });
});

describe('a right-to-left language (Hebrew in the test fixture)', () => {
  const FIXTURE = path.join(REPO_ROOT, 'tests', 'fixtures', 'valid');
  let fixtureDir = '';
  let fixtureOut = '';
  let fixtureBuild: Awaited<ReturnType<typeof buildSite>>;

  beforeAll(async () => {
    fixtureDir = makeTempDir('site-rtl');
    fixtureBuild = await buildSite({ content: FIXTURE, outDir: path.join(fixtureDir, 'dist'), cacheDir: path.join(fixtureDir, 'cache') });
    fixtureOut = fixtureBuild.outDir;
  }, 600_000);

  afterAll(() => {
    if (fixtureDir) removeTemp(fixtureDir);
  });

  it('builds', () => {
    expect(fixtureBuild.exitCode, fixtureBuild.stderr).toBe(0);
  });

  it('has every page type in Hebrew', () => {
    const pages = ['', 'scenarios/', 'objections/', 'standards/', 'stop-phrases/', 'compensation/', 'print/'];
    const missing = pages.filter((address) => !fs.existsSync(path.join(fixtureOut, 'he', address, 'index.html')));
    expect(missing).toEqual([]);
    for (const folder of ['scripts', 'scenarios', 'objections', 'standards']) {
      const entries = fs.readdirSync(path.join(fixtureOut, 'he', folder), { withFileTypes: true }).filter((entry) => entry.isDirectory());
      expect(entries.length, folder).toBeGreaterThan(0);
    }
  });

  it('lays out every Hebrew page right to left and every other page left to right', () => {
    const wrong = walkFiles(fixtureOut)
      .filter((file) => file.endsWith('.html'))
      .flatMap((file) => {
        const relative = path.relative(fixtureOut, file);
        const html = fs.readFileSync(file, 'utf8');
        const lang = htmlAttribute(html, 'lang') ?? '';
        const expected = relative.startsWith(`he${path.sep}`) ? 'rtl' : 'ltr';
        return htmlAttribute(html, 'dir') === expected && (expected === 'ltr' || lang === 'he') ? [] : [`${relative}: ${lang} ${htmlAttribute(html, 'dir')}`];
      });
    expect(wrong).toEqual([]);
  });

  it('links a Hebrew entry to its translations', () => {
    const html = fs.readFileSync(path.join(fixtureOut, 'he', 'scripts', 'gatekeeper-call', 'index.html'), 'utf8');
    expect(html).toContain('href="/en/scripts/gatekeeper-call/" hreflang="en"');
    expect(html).toContain('href="/zh/scripts/gatekeeper-call/" hreflang="zh"');
  });
});
