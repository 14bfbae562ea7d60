import { describe, expect, it } from "vitest";
import { hiddenEdges } from "./useScrollCue.ts";

describe("hiddenEdges", () => {
  it("says nothing is hidden when the content fits", () => expect(hiddenEdges(0, 300, 300)).toBe("none"));
  it("says more is to the right at the start", () => expect(hiddenEdges(0, 300, 500)).toBe("right"));
  it("says more is on both sides in the middle", () => expect(hiddenEdges(100, 300, 500)).toBe("both"));
  it("says more is to the left at the end, within a pixel of rounding", () =>
    expect(hiddenEdges(199.5, 300, 500)).toBe("left"));
});
