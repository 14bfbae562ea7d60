import { describe, expect, it } from "vitest";
import { asciiDigits } from "./digits.ts";

describe("asciiDigits", () => {
  it("reads Arabic-Indic, Extended Arabic-Indic and full-width digits as 0–9", () => {
    expect(asciiDigits("٠١٢٣٤٥٦٧٨٩")).toBe("0123456789");
    expect(asciiDigits("۰۱۲۳۴۵۶۷۸۹")).toBe("0123456789");
    expect(asciiDigits("０１２３４５６７８９")).toBe("0123456789");
  });

  it("reads their separators as . and ,", () => {
    expect(asciiDigits("١٬٢٣٤٫٥")).toBe("1,234.5");
    expect(asciiDigits("１２．５")).toBe("12.5");
    expect(asciiDigits("１，０００")).toBe("1,000");
  });

  it("leaves everything else as it is", () => {
    expect(asciiDigits("12.5 abc")).toBe("12.5 abc");
    expect(asciiDigits("")).toBe("");
  });
});
