import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybook } from '../../src/lib/engine/content/load-playbook.ts';
import { searchDocuments } from '../../src/lib/search/records/documents.ts';
import { vocabularyWords } from '../../src/lib/search/words.ts';
import { buildSite, copyFixture, FIXTURES, makeTempDir, removeTemp, walkFiles, type CommandResult } from '../helpers/build.ts';

// Words planted in the valid fixture: in the titles, bodies and frontmatter of the entries only
// managers may read, of the drafts, and of the `_`-prefixed files. Stems, so that Pagefind's
// stemmed and lower-cased index words match too.
const RESTRICTED = ['restrictedmark', 'restrictedfrontmatt', 'discount-approval', 'approve-discount', 'manager-limits'];
const DRAFT = ['draftmark', 'draftfrontmatt', 'delivery-too-slow', 'draft-escalation'];
const IGNORED = ['ignoredmark'];

interface Site {
  result: CommandResult & { outDir: string };
  /** Every file of the output, gzipped Pagefind files unpacked, lower-cased. */
  texts: Map<string, string>;
}

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

function readSite(outDir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of walkFiles(outDir)) {
    const bytes = fs.readFileSync(file);
    const text = (bytes.subarray(0, 2).equals(GZIP_MAGIC) ? zlib.gunzipSync(bytes) : bytes).toString('utf8');
    texts.set(path.relative(outDir, file).split(path.sep).join('/'), text.toLowerCase());
  }
  return texts;
}

/** Files of the site that contain a word, case-insensitively. */
function filesWith(site: Site, word: string): string[] {
  return [...site.texts].filter(([, text]) => text.includes(word.toLowerCase())).map(([file]) => file);
}

function page(site: Site, file: string): string {
  return fs.readFileSync(path.join(site.result.outDir, file), 'utf8');
}

const temp = makeTempDir('engine-build');
const sites: Record<'everyone' | 'managers' | 'drafts', Site> = {} as never;
let outsideContent = '';

beforeAll(async () => {
  const content = path.join(FIXTURES, 'valid');
  // The drafts edition is built from a copy outside the repository, named only by SALESBOOK_CONTENT,
  // as a company keeping its playbook in its own repository would.
  outsideContent = copyFixture('valid');
  const builds = {
    everyone: () => buildSite({ content, outDir: path.join(temp, 'everyone') }),
    managers: () => buildSite({ content, outDir: path.join(temp, 'managers'), audience: 'managers' }),
    drafts: () => buildSite({ content: outsideContent, omitContentFlag: true, drafts: true, outDir: path.join(temp, 'drafts'), env: { SALESBOOK_CONTENT: outsideContent } }),
  };
  // One after another: Astro keeps some build state in the project's .astro/ folder, shared by parallel builds.
  for (const [name, build] of Object.entries(builds)) {
    const result = await build();
    if (result.exitCode !== 0) throw new Error(`The ${name} build failed:\n${result.stdout}\n${result.stderr}`);
    sites[name as keyof typeof sites] = { result, texts: readSite(result.outDir) };
  }
});

afterAll(() => {
  removeTemp(temp);
  if (outsideContent) removeTemp(path.dirname(outsideContent));
});

describe('the default edition of the valid fixture', () => {
  it('has the pages of every language', () => {
    const files = [...sites.everyone.texts.keys()];
    for (const lang of ['en', 'ru', 'he']) {
      for (const address of ['', 'scripts/contact-call/', 'scenarios/cold-call-roleplay/', 'objections/too-expensive/', 'standards/call-checklist/', 'compensation/', 'stop-phrases/'])
        expect(files, `${lang}/${address}`).toContain(`${lang}/${address}index.html`);
    }
    expect(files).toContain('zh/scripts/gatekeeper-call/index.html');
  });

  it('marks every Hebrew page as Hebrew written right to left', () => {
    const hebrew = [...sites.everyone.texts.keys()].filter((file) => file.startsWith('he/') && file.endsWith('.html'));
    expect(hebrew.length).toBeGreaterThan(8);
    for (const file of hebrew) expect(page(sites.everyone, file), file).toMatch(/<html lang="he" dir="rtl"/);
  });

  it('marks English and Russian pages as left to right', () => {
    expect(page(sites.everyone, 'en/index.html')).toMatch(/<html lang="en" dir="ltr"/);
    expect(page(sites.everyone, 'ru/index.html')).toMatch(/<html lang="ru" dir="ltr"/);
  });

  it('turns a module link in a body into a link to the module’s anchor on its script page', () => {
    expect(page(sites.everyone, 'en/scripts/contact-call/index.html')).toContain('href="/en/scripts/gatekeeper-call/#greet-gatekeeper"');
    expect(page(sites.everyone, 'en/scripts/gatekeeper-call/index.html')).toMatch(/id="greet-gatekeeper"/);
  });

  it('indexes each language for search, with the gzipped index unpacked by this test', () => {
    expect(JSON.parse(page(sites.everyone, 'pagefind/pagefind-entry.json')).languages).toHaveProperty('he');
    const fragments = [...sites.everyone.texts].filter(([file]) => file.startsWith('pagefind/fragment/'));
    expect(fragments.some(([, text]) => text.includes('toner always runs out'))).toBe(true);
    expect(fragments.some(([, text]) => text.includes('הטונר תמיד נגמר'))).toBe(true);
  });

  it('holds nothing of the entries only managers may read, in any file', () => {
    for (const word of RESTRICTED) expect(filesWith(sites.everyone, word), word).toEqual([]);
  });

  it('holds nothing of the drafts, in any file', () => {
    for (const word of DRAFT) expect(filesWith(sites.everyone, word), word).toEqual([]);
  });

  it('holds nothing of the files whose names start with _', () => {
    for (const word of IGNORED) expect(filesWith(sites.everyone, word), word).toEqual([]);
  });
});

describe('the managers edition', () => {
  it('holds the entries only managers may read, in the pages and in the search index', () => {
    expect(filesWith(sites.managers, 'restrictedmark')).toEqual(expect.arrayContaining(['en/scripts/discount-approval/index.html', 'he/standards/manager-limits/index.html']));
    expect(filesWith(sites.managers, 'restrictedmark').some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
    expect(filesWith(sites.managers, 'restrictedfrontmatt')).not.toEqual([]);
  });

  it('still leaves the drafts out', () => {
    for (const word of DRAFT) expect(filesWith(sites.managers, word), word).toEqual([]);
  });
});

describe('a build with drafts', () => {
  it('holds the drafts', () => {
    expect(filesWith(sites.drafts, 'draftmark')).toEqual(expect.arrayContaining(['en/objections/delivery-too-slow/index.html', 'ru/standards/draft-escalation/index.html']));
    expect(filesWith(sites.drafts, 'draftfrontmatt').some((file) => file.startsWith('pagefind/'))).toBe(true);
  });

  it('still leaves out what only managers may read and the files whose names start with _', () => {
    for (const word of [...RESTRICTED, ...IGNORED]) expect(filesWith(sites.drafts, word), word).toEqual([]);
  });
});

describe('a content folder outside the repository, named by SALESBOOK_CONTENT', () => {
  it('builds every page of the default edition, and the drafts asked for', () => {
    const pages = (site: Site) => [...site.texts.keys()].filter((file) => file.endsWith('.html'));
    expect(pages(sites.drafts)).toEqual(expect.arrayContaining(pages(sites.everyone)));
    expect(pages(sites.drafts)).toEqual(expect.arrayContaining(['en/objections/delivery-too-slow/index.html']));
  });
});

describe('the vocabulary for correcting slips in search', () => {
  const vocabulary = (site: Site, lang: string) => new Set(site.texts.get(`pagefind/salesbook-vocabulary.${lang}.txt.gz`)?.split('\n') ?? []);
  const playbook = loadPlaybook(path.join(FIXTURES, 'valid'));
  const wordsOf = (audience: string) => new Set(searchDocuments(playbook, { audience, drafts: false }).flatMap((doc) => doc.parts.flatMap((part) => vocabularyWords(part.text))));
  const restrictedOnly = [...wordsOf('managers')].filter((word) => !wordsOf('everyone').has(word));

  it('holds in the default edition no word found only in entries the edition leaves out', () => {
    expect(restrictedOnly).toContain('restrictedmarker');
    for (const lang of ['en', 'ru', 'he']) expect(vocabulary(sites.everyone, lang).size, lang).toBeGreaterThan(10);
    const leaked = ['en', 'ru', 'he'].flatMap((lang) => restrictedOnly.filter((word) => vocabulary(sites.everyone, lang).has(word)).map((word) => `${lang}: ${word}`));
    expect(leaked).toEqual([]);
  });

  it('holds those words in the edition for the audience that may read them', () => {
    const managers = new Set(['en', 'ru', 'he'].flatMap((lang) => [...vocabulary(sites.managers, lang)]));
    expect(restrictedOnly.filter((word) => !managers.has(word))).toEqual([]);
  });
});
