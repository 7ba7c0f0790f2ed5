import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interfaceTextReference } from '../../../src/lib/i18n/reference-table.ts';
import { REPO_ROOT } from '../../helpers/build.ts';

describe('the README’s interface text reference', () => {
  it('lists every group and key with its English text, as the built-in English interface has them', () => {
    const readme = fs.readFileSync(`${REPO_ROOT}/README.md`, 'utf8');
    const block = /<!-- interface-text-reference:start -->\n([\s\S]*)\n<!-- interface-text-reference:end -->/u.exec(readme)?.[1];
    // On a change to the English texts, paste interfaceTextReference() between the markers.
    expect(block).toBe(interfaceTextReference());
  });
});
