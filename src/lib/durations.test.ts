import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDuration as format } from "./durations.ts";

describe("durations", () => {
  it("keeps the two largest units that are there, rounded down", () => {
    const formatDuration = (s: bigint) => format(s).replaceAll("\u00a0", "_");
    expect(formatDuration(0n)).toBe("0_s");
    expect(formatDuration(59n)).toBe("59_s");
    expect(formatDuration(31n * 86_400n + 4n * 3_600n + 59n)).toBe("31_d 4_h");
    expect(formatDuration(86_400n + 30n)).toBe("1_d");
    expect(formatDuration(3_600n * 5n + 60n * 7n)).toBe("5_h 7_min");
  });

  it("dates in UTC", () => {
    expect(formatDate(0n)).toBe("1 Jan 1970");
    expect(formatDateTime(86_400n + 3_660n)).toBe("2 Jan 1970, 01:01 UTC");
  });
});
