import { describe, expect, it } from 'vitest';
import { groupModulesByStage } from '../../../src/lib/handbook/group-modules.ts';

describe('groupModulesByStage', () => {
  it('orders stages as a conversation runs, keeping the written order inside a stage', () => {
    const groups = groupModulesByStage([
      { id: 'close', stage: 'closing' as const },
      { id: 'hello', stage: 'opening' as const },
      { id: 'ask', stage: 'needs' as const },
      { id: 'intro', stage: 'opening' as const },
    ]);
    expect(groups.map((g) => [g.stage, g.modules.map((m) => m.id)])).toEqual([
      ['opening', ['hello', 'intro']],
      ['needs', ['ask']],
      ['closing', ['close']],
    ]);
  });
});
