import { describe, expect, it } from 'vitest';
import { extractDialogueBlocks, findScenarioDialogue } from '../../../src/lib/engine/dialogue/index.ts';

describe('extractDialogueBlocks', () => {
  it('finds a dialogue block with the file lines of its fence and first line', () => {
    const body = 'Intro.\n\n```dialogue\nrep: Hi.\n-> end\n```\n\nDebrief.';
    expect(extractDialogueBlocks(body, 9)).toEqual([{ source: 'rep: Hi.\n-> end', firstLine: 12, fenceLine: 11 }]);
  });

  it('accepts tilde fences, longer fences and more words in the info string', () => {
    const body =
      '~~~~ dialogue title="Cold call"\nrep: Hi.\n~~~\nrep: Still inside.\n~~~~~\n````dialogue\nrep: B.\n````';
    expect(extractDialogueBlocks(body, 1)).toEqual([
      { source: 'rep: Hi.\n~~~\nrep: Still inside.', firstLine: 2, fenceLine: 1 },
      { source: 'rep: B.', firstLine: 7, fenceLine: 6 },
    ]);
  });

  it('skips other code blocks, including one that shows a dialogue block as an example', () => {
    const body = '````md\n```dialogue\nrep: Example.\n```\n````\n```yaml\nroles: {}\n```\n```Dialogue\nrep: X.\n```';
    expect(extractDialogueBlocks(body, 1)).toEqual([]);
  });

  it('does not take a backtick line with backticks after it for a fence', () => {
    expect(extractDialogueBlocks('```dialogue `x`\nrep: Hi.\n```', 1)).toEqual([]);
  });

  it('removes as much indentation from the content as the fence had', () => {
    const body = '  ```dialogue\n  rep: Hi.\n    * not an option\nrep: Flush.\n  ```';
    expect(extractDialogueBlocks(body, 1)[0]?.source).toBe('rep: Hi.\n  * not an option\nrep: Flush.');
  });

  it('runs an unclosed block to the end of the body', () => {
    expect(extractDialogueBlocks('```dialogue\nrep: Hi.\n', 3)).toEqual([
      { source: 'rep: Hi.\n', firstLine: 4, fenceLine: 3 },
    ]);
  });

  it('counts CRLF lines like LF lines and returns the source with LF', () => {
    expect(extractDialogueBlocks('a\r\n```dialogue\r\nrep: Hi.\r\n-> end\r\n```\r\n', 5)).toEqual([
      { source: 'rep: Hi.\n-> end', firstLine: 7, fenceLine: 6 },
    ]);
  });
});

describe('findScenarioDialogue', () => {
  it('returns the one dialogue block of a scenario without problems', () => {
    expect(findScenarioDialogue('```dialogue\nrep: Hi.\n```', 4)).toEqual({
      block: { source: 'rep: Hi.', firstLine: 5, fenceLine: 4 },
      problems: [],
    });
  });

  it('reports a scenario without a dialogue block', () => {
    expect(findScenarioDialogue('Only prose.\n```js\nx\n```', 4)).toEqual({
      problems: [
        {
          code: 'dialogue-missing',
          severity: 'error',
          line: 4,
          field: 'dialogue',
          message: 'The scenario has no `dialogue` block, so there is no role-play to show.',
          expected:
            'Add one fenced code block that opens with ```dialogue and holds the role-play, with any debrief around it.',
        },
      ],
    });
  });

  it('reports every extra dialogue block at its fence and keeps the first', () => {
    const body = '```dialogue\nrep: A.\n```\n\n```dialogue\nrep: B.\n```\n~~~dialogue\nrep: C.\n~~~';
    const { block, problems } = findScenarioDialogue(body, 10);
    expect(block?.source).toBe('rep: A.');
    expect(problems).toEqual([
      {
        code: 'dialogue-multiple',
        severity: 'error',
        line: 14,
        field: 'dialogue',
        message: 'The scenario has another `dialogue` block here; its first one starts at line 10.',
        expected:
          'Keep exactly one `dialogue` block per scenario: merge them, or move this role-play into a scenario file of its own.',
      },
      expect.objectContaining({ code: 'dialogue-multiple', line: 17 }),
    ]);
  });
});
