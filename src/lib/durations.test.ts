import { describe, expect, it } from "vitest";
import { formatDuration as format } from "./durations.ts";

const formatDuration = (s: bigint | number, parts?: number) => format(s, parts).replaceAll("\u00a0", "_");

describe("durations", () => {
  it("keeps the two largest units from the first that is there, rounded down", () => {
    expect(formatDuration(0n)).toBe("0_s");
    expect(formatDuration(59n)).toBe("59_s");
    expect(formatDuration(31n * 86_400n + 4n * 3_600n + 59n)).toBe("31_d 4_h");
    expect(formatDuration(86_400n + 30n)).toBe("1_d");
    expect(formatDuration(3_600n * 5n + 60n * 7n)).toBe("5_h 7_min");
    expect(formatDuration(93_784)).toBe("1_d 2_h");
  });

  it("shows more units when asked, leaving out the zeros", () => {
    expect(formatDuration(2n * 86_400n + 5n * 60n + 3n, 4)).toBe("2_d 5_min 3_s");
    expect(formatDuration(3_600n + 1n, 4)).toBe("1_h 1_s");
  });

  it("reads a negative span as its length", () => {
    expect(formatDuration(-90n)).toBe("1_min 30_s");
  });
});
