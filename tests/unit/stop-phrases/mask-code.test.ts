import { describe, expect, it } from 'vitest';
import { maskCode } from '../../../src/lib/engine/stop-phrases/index.ts';

describe('maskCode', () => {
  it('blanks the inside of an inline code span and keeps its backticks', () => {
    expect(maskCode("Type `I'll try` here.")).toBe('Type `        ` here.');
  });

  it('closes a code span only with a backtick run of the same length', () => {
    expect(maskCode('a ``b ` c`` d')).toBe('a ``     `` d');
  });

  it('leaves a backtick run without a matching closer as text', () => {
    expect(maskCode('a ``b` c')).toBe('a ``b` c');
  });

  it('does not let a code span run across a blank line', () => {
    expect(maskCode('a `b\n\nc` d')).toBe('a `b\n\nc` d');
  });

  it('lets a code span run across a single line break and keeps the line break', () => {
    expect(maskCode('a `b\nc` d')).toBe('a ` \n ` d');
  });

  it('does not open a code span at an escaped backtick', () => {
    expect(maskCode('a \\`b` c')).toBe('a \\`b` c');
  });

  it('blanks a backtick fenced block with its info string and keeps the fence markers', () => {
    expect(maskCode('Say:\n```text\nI will\n```\nDone.')).toBe('Say:\n```    \n      \n```\nDone.');
  });

  it('blanks a tilde fenced block that contains a shorter backtick fence', () => {
    expect(maskCode('~~~~\n```\nx\n~~~~\ny')).toBe('~~~~\n   \n \n~~~~\ny');
  });

  it('closes a fence only with a marker at least as long as the opening one', () => {
    expect(maskCode('````\n```\nx\n`````\ny')).toBe('````\n   \n \n`````\ny');
  });

  it('blanks an unclosed fenced block up to the end of the text', () => {
    expect(maskCode('a\n```\nb\nc')).toBe('a\n```\n \n ');
  });

  it('blanks a fenced block indented inside a list item', () => {
    expect(maskCode('- step\n  ```\n  x\n  ```\n')).toBe('- step\n  ```\n   \n  ```\n');
  });

  it('treats a line of three backticks with a backtick in its info string as inline code', () => {
    expect(maskCode('```a``` b')).toBe('``` ``` b');
  });

  it('blanks the inside of an HTML comment', () => {
    expect(maskCode('a <!-- b\nc --> d')).toBe('a <!--  \n  --> d');
  });

  it('blanks the inside of an MDX comment', () => {
    expect(maskCode('a {/* b */} d')).toBe('a {/*   */} d');
  });

  it('ignores backticks inside a comment', () => {
    expect(maskCode('<!-- ` --> `x`')).toBe('<!--   --> ` `');
  });

  it('keeps every offset and line break of the original text', () => {
    const text = 'Привет `код 🙂` 世界\r\n```js\nconst a = 1;\r\n```\r\n<!-- 注 -->';
    const masked = maskCode(text);
    expect(masked).toHaveLength(text.length);
    expect(masked.split('\n')).toHaveLength(text.split('\n').length);
    expect(masked.split('\r')).toHaveLength(text.split('\r').length);
  });
});
