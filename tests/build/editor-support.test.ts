import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFrontmatterManifest } from '../../src/lib/authoring/editor-support/frontmatter-manifest.ts';
import { NODE, REPO_ROOT } from '../helpers/build.ts';
import { LspClient, type LspDiagnostic } from '../helpers/lsp-client.ts';

// These tests run the language servers VS Code runs (Red Hat's YAML server, Astro's server) with the
// settings committed in .vscode/, and ask them what an author would see while typing.

const settings = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, '.vscode/settings.json'), 'utf8')) as Record<string, unknown>;
const rootUri = pathToFileURL(REPO_ROOT).href;
const capabilities = {
  workspace: { configuration: true, workspaceFolders: true },
  textDocument: {
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    publishDiagnostics: {},
    diagnostic: {},
  },
};

/** A content file's text with one change, as if typed into an open editor (nothing is written to disk). */
function edited(file: string, from: string, to: string): { uri: string; text: string; lineOf: (needle: string) => number } {
  const original = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
  expect(original).toContain(from);
  const text = original.replace(from, to);
  const lines = text.split('\n');
  return { uri: pathToFileURL(path.join(REPO_ROOT, file)).href, text, lineOf: (needle) => lines.findIndex((line) => line.includes(needle)) };
}

const messages = (diagnostics: LspDiagnostic[]) => diagnostics.map((d) => `${d.range.start.line}: ${d.message}`);

describe('committed editor settings', () => {
  it('recommend the Astro, YAML and MDX extensions', () => {
    const extensions = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, '.vscode/extensions.json'), 'utf8')) as { recommendations: string[] };
    expect(extensions.recommendations).toEqual(expect.arrayContaining(['astro-build.astro-vscode', 'redhat.vscode-yaml', 'unifiedjs.vscode-mdx']));
    expect(settings['astro.content-intellisense']).toBe(true);
  });
});

describe('the YAML language server with the committed settings', () => {
  let client: LspClient;
  const yaml = { schemas: settings['yaml.schemas'], validate: true, completion: true, hover: true, format: { enable: false } };

  beforeAll(async () => {
    client = new LspClient(NODE, [path.join(REPO_ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'], (section) =>
      section === 'yaml' ? yaml : null,
    );
    await client.request('initialize', { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'salesbook' }], capabilities });
    client.notify('initialized', {});
    client.notify('workspace/didChangeConfiguration', { settings: { yaml } });
  });
  afterAll(() => client?.close());

  it('flags a value outside the allowed ones in compensation.yaml and offers the allowed ones', async () => {
    const doc = edited('content/standards/en/compensation.yaml', 'authorizedBy: frontline', 'authorizedBy: boss');
    client.open(doc.uri, 'yaml', doc.text);
    const line = doc.lineOf('authorizedBy: boss');
    expect(messages(await client.publishedDiagnostics(doc.uri))).toEqual([`${line}: Value is not accepted. Valid values: "frontline", "supervisor", "manager".`]);
    const items = await client.completion(doc.uri, line, '    authorizedBy: '.length);
    expect(items.map((item) => item.label)).toEqual(['frontline', 'supervisor', 'manager']);
    expect(await client.hover(doc.uri, line, 6)).toContain('The lowest role allowed to give this tier on the spot');
  });

  it('flags a misspelt field in stop-phrases.yaml', async () => {
    const doc = edited('content/standards/ru/stop-phrases.yaml', '  replacements:', '  replacement:');
    client.open(doc.uri, 'yaml', doc.text);
    const found = messages(await client.publishedDiagnostics(doc.uri));
    expect(found).toContain(`${doc.lineOf('  replacement:')}: Property replacement is not allowed.`);
  });

  it('completes the field names of config.yaml with their descriptions', async () => {
    const doc = edited('content/config.yaml', 'reviewEveryDays: 180\n', 'reviewEveryDays: 180\n\n');
    client.open(doc.uri, 'yaml', doc.text);
    expect(await client.publishedDiagnostics(doc.uri)).toEqual([]);
    const items = await client.completion(doc.uri, doc.text.split('\n').length - 1, 0);
    const chapters = items.find((item) => item.label === 'chapters');
    expect(chapters?.documentation).toBeDefined();
    expect(JSON.stringify(chapters?.documentation)).toContain('Chapter labels per language');
  });
});

describe('the Astro language server with content intellisense on', () => {
  let client: LspClient;

  beforeAll(async () => {
    writeFrontmatterManifest(REPO_ROOT, path.join(REPO_ROOT, 'content'));
    client = new LspClient(NODE, [path.join(REPO_ROOT, 'node_modules/@astrojs/language-server/bin/nodeServer.js'), '--stdio']);
    await client.request(
      'initialize',
      {
        processId: process.pid,
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: 'salesbook' }],
        // What the Astro extension sends when `astro.content-intellisense` is on.
        initializationOptions: { typescript: { tsdk: path.join(REPO_ROOT, 'node_modules/typescript/lib') }, contentIntellisense: settings['astro.content-intellisense'] },
        capabilities,
      },
      120_000,
    );
    client.notify('initialized', {});
  }, 180_000);
  afterAll(() => client?.close());

  const diagnose = async (uri: string) =>
    messages((await client.request<{ items: LspDiagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } }, 60_000)).items);

  it('accepts the frontmatter of a valid entry, its YAML review date included', async () => {
    const doc = edited('content/scripts/ru/first-call-gatekeeper.mdx', '---', '---');
    client.open(doc.uri, 'mdx', doc.text);
    expect(await diagnose(doc.uri)).toEqual([]);
  });

  it('flags a misspelt field and a chapter that does not exist in an MDX entry', async () => {
    const doc = edited('content/scripts/en/first-call-gatekeeper.mdx', 'chapter: first-call', 'chapter: first-cal\ngaol: x');
    client.open(doc.uri, 'mdx', doc.text);
    const found = await diagnose(doc.uri);
    expect(found).toContain(`${doc.lineOf('chapter: first-cal')}: Value is not accepted. Valid values: "first-call", "second-call", "offer", "relationship", "difficult".`);
    expect(found).toContain(`${doc.lineOf('gaol:')}: Property gaol is not allowed.`);
  });

  it('offers the allowed values of a field inside the frontmatter of an objection', async () => {
    const doc = edited('content/objections/en/too-expensive.mdx', 'category: price', 'category: ');
    client.open(doc.uri, 'mdx', doc.text);
    const items = await client.completion(doc.uri, doc.lineOf('category: '), 'category: '.length);
    expect(items.map((item) => item.label)).toEqual(expect.arrayContaining(['price', 'timing', 'competitor', 'trust', 'need', 'authority', 'other']));
    expect(await client.hover(doc.uri, doc.lineOf('stages:'), 2)).toContain('Stages of the conversation where clients raise it');
  });
});
