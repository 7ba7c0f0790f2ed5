import { describe, expect, it } from 'vitest';
import { takeFlag } from '../../../src/cli/parse-cli.ts';

describe('takeFlag', () => {
  it('takes a flag written with a space or with =, and leaves the other arguments', () => {
    const spaced = ['script', '--lang', 'ru', 'x'];
    expect(takeFlag(spaced, '--lang')).toBe('ru');
    expect(spaced).toEqual(['script', 'x']);
    const joined = ['--lang=pt-BR', 'script', 'x'];
    expect(takeFlag(joined, '--lang')).toBe('pt-BR');
    expect(joined).toEqual(['script', 'x']);
  });

  it('tells a flag without a value from one that is not given', () => {
    const bare = ['script', 'x', '--lang'];
    expect(takeFlag(bare, '--lang')).toBe('');
    expect(bare).toEqual(['script', 'x']);
    expect(takeFlag(['script', 'x', '--language=ru'], '--lang')).toBeUndefined();
  });
});
