// The id the governor gives a proposal (OpenZeppelin 5 `hashProposal`), known before sending.
import { encodeAbiParameters, hexToBigInt, keccak256, toBytes, type Hex } from "viem";
import type { RawAction } from "./decode.ts";

export const descriptionHash = (description: string): Hex => keccak256(toBytes(description));

export function proposalId(actions: readonly RawAction[], description: string): bigint {
  const encoded = encodeAbiParameters(
    [{ type: "address[]" }, { type: "uint256[]" }, { type: "bytes[]" }, { type: "bytes32" }],
    [
      actions.map((a) => a.target),
      actions.map((a) => a.value),
      actions.map((a) => a.calldata),
      descriptionHash(description),
    ],
  );
  return hexToBigInt(keccak256(encoded));
}
