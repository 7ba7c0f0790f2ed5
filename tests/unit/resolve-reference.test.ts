import { describe, expect, it } from 'vitest';
import { indexPlaybook } from '../../src/lib/engine/playbook-index.ts';
import { parseLinkTarget, resolveReference } from '../../src/lib/engine/resolve-reference.ts';
import { entryOf, validPlaybook } from './content/valid-playbook.ts';

const everyone = { audience: 'everyone', drafts: false };
const resolve = (from: ReturnType<typeof entryOf>, type: Parameters<typeof resolveReference>[2], id: string, filter = everyone, declared?: ReadonlySet<string>) =>
  resolveReference(indexPlaybook(validPlaybook().entries), from, type, id, filter, declared);

describe('parseLinkTarget', () => {
  it('reads TYPE:ID for the five link types', () => {
    expect(parseLinkTarget('module:greet-gatekeeper')).toEqual({ type: 'module', id: 'greet-gatekeeper' });
    expect(parseLinkTarget(' standard:last-method ')).toEqual({ type: 'standard', id: 'last-method' });
  });

  it('leaves other links alone', () => {
    for (const url of ['https://example.com', 'mailto:a@b.c', '/en/scripts/x/', '#top', 'tel:123', 'module:a/b', 'Module:x']) expect(parseLinkTarget(url), url).toBeUndefined();
  });
});

describe('resolveReference', () => {
  it('resolves a module to its anchor on its script page in the same language', () => {
    const result = resolve(entryOf('ru', 'contact-call'), 'module', 'greet-gatekeeper');
    expect('target' in result && result.target.url).toBe('/ru/scripts/gatekeeper-call/#greet-gatekeeper');
  });

  it('suggests the right prefix when the id has another type', () => {
    expect(resolve(entryOf('en', 'contact-call'), 'module', 'too-expensive')).toEqual({
      message: '“too-expensive” is an objection, not a module.',
      expected: 'Write objection:too-expensive.',
    });
  });

  it('says which languages have the id when a translation is missing', () => {
    expect(resolve(entryOf('zh', 'gatekeeper-call'), 'script', 'contact-call')).toEqual({
      message: '“script:contact-call” exists in en, he, ru but not in zh.',
      expected: 'Add the zh translation of “script:contact-call”, or remove the reference; references stay within one language.',
    });
  });

  it('suggests the closest id for a misspelt one', () => {
    expect(resolve(entryOf('en', 'contact-call'), 'objection', 'too-expencive')).toEqual({
      message: 'No objection with the id “too-expencive” exists in en.',
      expected: 'Did you mean “too-expensive”? Otherwise use the id of an existing objection (the file name without .mdx), or create it.',
    });
  });

  it('refuses a link to a draft when drafts are left out', () => {
    expect(resolve(entryOf('en', 'contact-call'), 'objection', 'delivery-too-slow')).toEqual({
      message: '“objection:delivery-too-slow” is a draft, and drafts are left out of the build.',
      expected: 'Finish the draft (remove draft: true), remove the reference, or build with --drafts.',
    });
  });

  it('follows a link to a draft when drafts are built', () => {
    expect('target' in resolve(entryOf('en', 'contact-call'), 'objection', 'delivery-too-slow', { audience: 'everyone', drafts: true })).toBe(true);
  });

  it('follows a link from one draft to another', () => {
    expect('target' in resolve(entryOf('en', 'delivery-too-slow'), 'objection', 'delivery-too-slow')).toBe(true);
  });

  it('refuses a link from an entry for everyone to an entry for managers', () => {
    expect(resolve(entryOf('en', 'contact-call'), 'module', 'approve-discount')).toEqual({
      message: '“module:approve-discount” is only for managers, but this entry is read by everyone: the link would be broken in their edition.',
      expected: 'Remove the reference, or give “module:approve-discount” an audience that includes everyone.',
    });
  });

  it('refuses it in the managers edition too, where the link would break for everyone else', () => {
    expect('message' in resolve(entryOf('en', 'contact-call'), 'script', 'discount-approval', { audience: 'managers', drafts: false })).toBe(true);
  });

  it('follows a link from an entry for managers to an entry for everyone', () => {
    expect('target' in resolve(entryOf('en', 'discount-approval'), 'objection', 'too-expensive')).toBe(true);
  });

  it('leaves an undeclared audience to its own error instead of reporting every link to it', () => {
    expect('target' in resolve(entryOf('en', 'contact-call'), 'module', 'approve-discount', everyone, new Set(['everyone']))).toBe(true);
  });
});
