import { describe, expect, it } from "vitest";
import { formatChartDate, formatDate, formatDateTime } from "./dates.ts";

describe("dates", () => {
  it("dates in UTC, day before month", () => {
    expect(formatDate(0n)).toBe("1 Jan 1970");
    expect(formatDateTime(86_400n + 3_660n)).toBe("2 Jan 1970, 01:01 UTC");
    expect(formatChartDate(86_400_000)).toBe("2 Jan 1970");
  });
});
