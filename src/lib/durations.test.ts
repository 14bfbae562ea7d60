import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDuration } from "./durations.ts";

describe("durations", () => {
  it("keeps the two largest units that are there, rounded down", () => {
    expect(formatDuration(0n)).toBe("0 s");
    expect(formatDuration(59n)).toBe("59 s");
    expect(formatDuration(31n * 86_400n + 4n * 3_600n + 59n)).toBe("31 d 4 h");
    expect(formatDuration(86_400n + 30n)).toBe("1 d");
    expect(formatDuration(3_600n * 5n + 60n * 7n)).toBe("5 h 7 min");
  });

  it("dates in UTC", () => {
    expect(formatDate(0n)).toBe("1 Jan 1970");
    expect(formatDateTime(86_400n + 3_660n)).toBe("2 Jan 1970, 01:01 UTC");
  });
});
