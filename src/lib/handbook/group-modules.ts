import type { Stage } from '../../schemas/common.ts';
import { StageSchema } from '../../schemas/common.ts';

/** Groups items by conversation stage, stages in conversation order, items in written order. */
export function groupModulesByStage<T extends { stage: Stage }>(modules: readonly T[]): { stage: Stage; modules: T[] }[] {
  return StageSchema.options
    .map((stage) => ({ stage, modules: modules.filter((module) => module.stage === stage) }))
    .filter((group) => group.modules.length > 0);
}
