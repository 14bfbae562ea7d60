import { describe, expect, it } from "vitest";
import { ProposalState, toProposalState } from "./state.ts";

describe("toProposalState", () => {
  it("names each state the Governor returns and refuses any other number", () => {
    expect(toProposalState(0)).toBe(ProposalState.Pending);
    expect(toProposalState(7)).toBe(ProposalState.Executed);
    expect(() => toProposalState(8)).toThrow(RangeError);
  });
});
