// Seed steps run in time order: each is placed at a unix time and runs in a block at that time
// (or just after the steps before it at the same time).
import type { Ctx } from "./context.ts";

type Step = { t: bigint; order: number; label: string; run: () => Promise<unknown> };

export function createSchedule() {
  const steps: Step[] = [];
  return {
    at(t: bigint, label: string, run: () => Promise<unknown>) {
      steps.push({ t, order: steps.length, label, run });
    },
    /** Runs every step in time order; a step placed after `until` is a seeding bug. */
    async run(ctx: Ctx, until: bigint, onProgress?: (done: number, total: number) => void) {
      // Steps may schedule further steps, so keep taking the earliest one left.
      let done = 0;
      while (steps.length > 0) {
        steps.sort((a, b) => (a.t === b.t ? a.order - b.order : a.t < b.t ? -1 : 1));
        const step = steps.shift()!;
        if (step.t > until) throw new Error(`seed step "${step.label}" is placed after the end of the history`);
        await ctx.setTime(step.t);
        try {
          await step.run();
        } catch (e) {
          throw new Error(`seed step "${step.label}" failed: ${(e as Error).message}`);
        }
        onProgress?.(++done, done + steps.length);
      }
    },
  };
}
export type Schedule = ReturnType<typeof createSchedule>;
