import { describe, expect, it } from "vitest";
import { readAddress } from "./address.ts";

const CHECKSUMMED = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

describe("readAddress", () => {
  it("reads every spelling of a valid address as its checksummed form", () => {
    for (const text of [
      CHECKSUMMED,
      CHECKSUMMED.toLowerCase(),
      `0x${CHECKSUMMED.slice(2).toUpperCase()}`,
      `0X${CHECKSUMMED.slice(2).toUpperCase()}`,
      ` ${CHECKSUMMED} `,
    ]) {
      expect(readAddress(text), text).toEqual({ ok: true, address: CHECKSUMMED });
    }
  });

  it("names a mixed-case address whose checksum fails", () => {
    expect(readAddress("0x70997970c51812dc3A010C7d01b50e0d17dc79C8")).toEqual({ ok: false, reason: "checksum" });
  });

  it("refuses what is not an address", () => {
    for (const text of [
      "",
      "0x1234",
      "70997970C51812dc3A010C7d01b50e0d17dc79C8",
      `${CHECKSUMMED}00`,
      "0x70997970C51812dc3A010C7d01b50e0d17dc79CG",
    ]) {
      expect(readAddress(text), text).toEqual({ ok: false, reason: "invalid" });
    }
  });
});
