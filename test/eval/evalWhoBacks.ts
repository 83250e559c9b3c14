/** Precision and recall of who-backs over the must-include / must-exclude lists of evalCases.ts. */
import type { Briefbot } from '../../src/briefbot.ts';
import type { WhoBacksCase } from './evalCases.ts';

export async function scoreWhoBacks(
  bot: Briefbot,
  cases: WhoBacksCase[],
): Promise<{ precision: number; recall: number }> {
  let truePositives = 0;
  let falsePositives = 0;
  let expected = 0;
  for (const testCase of cases) {
    const names = (await bot.whoBacks(testCase.entity)).backers.map((backer) => backer.name);
    expected += testCase.mustInclude.length;
    truePositives += testCase.mustInclude.filter((name) => names.includes(name)).length;
    falsePositives += testCase.mustExclude.filter((name) => names.includes(name)).length;
  }
  const found = truePositives + falsePositives;
  return { precision: found > 0 ? truePositives / found : 1, recall: expected > 0 ? truePositives / expected : 1 };
}
