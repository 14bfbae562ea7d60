import { erc20Abi, erc4626Abi, parseAbi } from "viem";

// Funds are created by FundFactory rather than deployed by label, so the generated deployment
// module carries no Fund ABI yet; the ERC-4626 surface comes from viem and only Evergreen's own
// `mechanism()` view is declared here. Replace with the generated ABI once deploy.ts emits it.
export const fundAbi = [
  ...erc20Abi,
  ...erc4626Abi,
  ...parseAbi(["function mechanism() view returns (uint8)"]),
] as const;

export { erc20Abi };
