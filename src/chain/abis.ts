import { erc20Abi } from "viem";
import { abiOf } from "./contracts.ts";

// A fund set's contracts are created by FundFactory, so they have ABIs but no fixed address.
export const fundAbi = abiOf(31337, "Fund");

// Any ERC-20 a fund may hold, not only the local mocks.
export { erc20Abi };
