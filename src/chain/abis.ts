import { erc20Abi } from "viem";

// A fund set's contracts are created by FundFactory, so they have ABIs but no fixed address.
export { fundAbi } from "./deployments/abis/Fund.ts";

// Any ERC-20 a fund may hold, not only the local mocks.
export { erc20Abi };
// ERC-2612 and EIP-5267, which no deployment module names for tokens outside the local world.
export const permitAbi = [
  {
    type: "function",
    name: "nonces",
    stateMutability: "view",
    inputs: [{ name: "owner", type: "address" }],
    outputs: [{ name: "", type: "uint256" }],
  },
  {
    type: "function",
    name: "eip712Domain",
    stateMutability: "view",
    inputs: [],
    outputs: [
      { name: "fields", type: "bytes1" },
      { name: "name", type: "string" },
      { name: "version", type: "string" },
      { name: "chainId", type: "uint256" },
      { name: "verifyingContract", type: "address" },
      { name: "salt", type: "bytes32" },
      { name: "extensions", type: "uint256[]" },
    ],
  },
] as const;
