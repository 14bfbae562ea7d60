import { describe, expect, it } from "vitest";
import { createLimiter } from "./limiter.ts";

const tick = () => new Promise((r) => setTimeout(r, 1));

describe("createLimiter", () => {
  it("never runs more than its size at once, and runs every task", async () => {
    const run = createLimiter(3);
    let now = 0;
    let peak = 0;
    const out = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        run(async () => {
          peak = Math.max(peak, ++now);
          await tick();
          now--;
          return i;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(out).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
  it("frees the slot of a task that failed", async () => {
    const run = createLimiter(1);
    await expect(run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await run(async () => 7)).toBe(7);
  });
  it("lets a task schedule more tasks without a deadlock", async () => {
    const run = createLimiter(1);
    const inner = run(async () => "outer").then(() => run(async () => "inner"));
    expect(await inner).toBe("inner");
  });
});
