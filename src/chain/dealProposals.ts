// The VAM deals a governance proposal asks a fund to join: its `approveVamDeal` calls to the fund.
// A proposal may name any address, so what comes out is a candidate, to be read before trusted.
import { decodeFunctionData, type Address, type Hex } from "viem";
import { fundAbi } from "./abis.ts";

const same = (a: Address, b: Address) => a.toLowerCase() === b.toLowerCase();

/** The deals `approveVamDeal` calls to `fund` among a proposal's actions name, in order. */
export function dealsProposedTo(fund: Address, targets: readonly Address[], calldatas: readonly Hex[]): Address[] {
  const out: Address[] = [];
  targets.forEach((target, i) => {
    if (!same(target, fund)) return;
    try {
      const call = decodeFunctionData({ abi: fundAbi, data: calldatas[i] });
      if (call.functionName === "approveVamDeal") out.push(call.args[0]);
    } catch {
      // Another function of the fund, or calldata it does not know: not a deal.
    }
  });
  return out;
}
