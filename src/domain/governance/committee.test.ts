import { decodeFunctionData, getAddress, type Address } from "viem";
import { describe, expect, it } from "vitest";
import { abiOf } from "../../chain/contracts.ts";
import { buildCommittee, type CommitteeForm } from "./committee.ts";

const abis = { committee: abiOf("FundCommittee") };
const COMMITTEE = getAddress("0x00000000000000000000000000000000000000c0") as Address;
const MEMBER = getAddress("0x15d34aaf54267db7d7c367839aaf71a00a2c6a65") as Address;
const NOW = 1_800_000_000n;
const form = (over: Partial<CommitteeForm>): CommitteeForm => ({
  action: "elect",
  committee: COMMITTEE,
  member: MEMBER,
  replacement: "",
  termEnd: "2030-01-01",
  threshold: "",
  ...over,
});
const decoded = (f: CommitteeForm, members?: number) => {
  const b = buildCommittee(f, { abis, now: NOW, members });
  if (!b.ok) throw new Error(JSON.stringify(b.errors));
  expect(b.actions[0].target).toBe(COMMITTEE);
  return decodeFunctionData({ abi: abis.committee, data: b.actions[0].calldata });
};

describe("committee template", () => {
  it("elects a member until the end of the given day's UTC midnight", () => {
    const d = decoded(form({}));
    expect(d.functionName).toBe("elect");
    expect(d.args).toEqual([MEMBER, BigInt(Date.UTC(2030, 0, 1) / 1000)]);
  });

  it("replaces, removes and sets the threshold", () => {
    const other = getAddress("0x00000000000000000000000000000000000000d1");
    expect(decoded(form({ action: "replace", replacement: other })).args).toEqual([
      MEMBER,
      other,
      BigInt(Date.UTC(2030, 0, 1) / 1000),
    ]);
    expect(decoded(form({ action: "remove" })).functionName).toBe("remove");
    expect(decoded(form({ action: "threshold", member: "", threshold: "2" }), 3).args).toEqual([2n]);
  });

  it("refuses a term in the past, a bad address and a threshold outside 1..N", () => {
    const b = buildCommittee(form({ termEnd: "2020-01-01", member: "0x12" }), { abis, now: NOW });
    expect(b.ok ? {} : b.errors).toEqual({
      termEnd: "The term must end in the future.",
      member: "This is not an address: 0x followed by 40 hex digits.",
    });
    const t = buildCommittee(form({ action: "threshold", threshold: "4" }), { abis, now: NOW, members: 3 });
    expect(t.ok ? {} : t.errors).toEqual({ threshold: "At most 3: the committee's members." });
    const z = buildCommittee(form({ action: "threshold", threshold: "0" }), { abis, now: NOW });
    expect(z.ok ? {} : z.errors).toEqual({ threshold: "At least 1 approval." });
  });
});
