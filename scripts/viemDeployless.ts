// viem's call and multicall carry the bytecode of Multicall3 and of two deployless-call helpers
// (≈ 4.7 KiB gzip, all on the first load) for reads on a chain without Multicall3 deployed or
// with `deployless` asked for. Every chain the app offers names its Multicall3
// (src/chain/chains.test.ts) and no read asks for `deployless`, so the production build leaves
// them out: a read that ever took that path would send no bytecode and fail at the node.
import type { Plugin } from "vite";

const CONSTANTS = /[\\/]viem[\\/]_esm[\\/]constants[\\/]contracts\.js$/;

/** The source of viem's constants/contracts.js with every bytecode emptied. */
export function withoutBytecodes(code: string): string {
  return code.replace(/(export const \w+ = )'0x[0-9a-fA-F]+'/g, "$1'0x'");
}

export function viemWithoutDeploylessBytecode(): Plugin {
  return {
    name: "viem-without-deployless-bytecode",
    apply: "build",
    transform(code, id) {
      return CONSTANTS.test(id) ? { code: withoutBytecodes(code), map: null } : undefined;
    },
  };
}
