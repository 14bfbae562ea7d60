// Every custom error any Evergreen contract (or the OpenZeppelin code inside it) can raise,
// taken from the generated ABIs, so a revert from a nested call decodes as well as a direct one.

export interface AbiError {
  type: "error";
  name: string;
  inputs: readonly AbiParameter[];
}
import type { AbiParameter } from "viem";
import { abis } from "../deployments/abis.ts";

function collect(): AbiError[] {
  const seen = new Map<string, AbiError>();
  for (const abi of Object.values(abis) as unknown as readonly (readonly { type: string }[])[]) {
    for (const item of abi) {
      if (item.type !== "error") continue;
      const e = item as unknown as AbiError;
      const key = `${e.name}(${e.inputs.map((i: AbiParameter) => i.type).join(",")})`;
      if (!seen.has(key)) seen.set(key, e);
    }
  }
  return [...seen.values()];
}

export const evergreenErrorAbi: readonly AbiError[] = collect();
