import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlaybookEntry } from '../../../src/lib/engine/content/load-playbook.ts';
import { indexPlaybook, LINK_TYPES } from '../../../src/lib/engine/playbook-index.ts';
import { parseLinkTarget, resolveReference } from '../../../src/lib/engine/resolve-reference.ts';
import { anyText, fuzzing, fuzzRuns } from './arbitraries.ts';

const runs = fuzzRuns(200);

const langs = ['en', 'ru', 'pt-BR'];
const audiences = ['everyone', 'sales', 'support'];
const ids = ['too-expensive', 'cold-call', 'greet', 'x', '', 'a b', 'ÿ', 'script', 'module:x', '../etc', '#top'];
const audience = fc.uniqueArray(fc.constantFrom(...audiences), { minLength: 1, maxLength: 3 });
const id = fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 12 }));

// Entries carry only the fields the index and the resolver read.
const entry = fc
  .record({
    collection: fc.constantFrom('scripts', 'objections', 'standards'),
    type: fc.constantFrom('call', 'scenario'),
    lang: fc.constantFrom(...langs),
    id,
    moduleIds: fc.array(id, { maxLength: 3 }),
    audience,
    draft: fc.boolean(),
  })
  .map(
    (e) =>
      ({
        collection: e.collection,
        lang: e.lang,
        id: e.id,
        data: { type: e.type, audience: e.audience, draft: e.draft, modules: e.moduleIds.map((m) => ({ id: m })) },
      }) as unknown as PlaybookEntry,
  );

describe('link resolver on any input', fuzzing, () => {
  it('reads any link target without throwing, and only as a known type with an id free of spaces, # ? and /', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(40), fc.constantFrom(...LINK_TYPES).chain((t) => id.map((i) => `${t}:${i}`))), (url) => {
        const parsed = parseLinkTarget(url);
        if (parsed === undefined) return;
        expect(LINK_TYPES).toContain(parsed.type);
        expect(parsed.id).not.toMatch(/[\s#?/]/u);
      }),
      runs,
    );
  });

  it('resolves any reference to a page of the referring language, or says why not and what to do', () => {
    const from = fc.record({ lang: fc.constantFrom(...langs), data: fc.record({ audience, draft: fc.boolean() }) });
    const filter = fc.record({ audience: fc.constantFrom(...audiences), drafts: fc.boolean() });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), from, fc.constantFrom(...LINK_TYPES), id, filter, (entries, source, type, target, edition) => {
        const result = resolveReference(indexPlaybook(entries), source, type, target, edition);
        if ('target' in result) {
          expect(result.target.url.startsWith(`/${source.lang}/`)).toBe(true);
          expect([result.target.type, result.target.id]).toEqual([type, target]);
        } else {
          expect(result.message).not.toBe('');
          expect(result.expected).not.toBe('');
        }
      }),
      runs,
    );
  });
});
