// A compiled contract's creation code with its libraries' addresses written in, and split in
// halves: a fund's creation code is kept in two code stores (`CodeStore`), which `FundDeployer`
// joins, because it would not fit in the deployer's own code.
import type { Address, Hex } from "viem";

type LinkReferences = Record<string, Record<string, readonly { start: number; length: number }[]>>;

/** `bytecode` with every library of `linkReferences` replaced by its address in `libraries`. */
export function linkBytecode(
  artifact: { bytecode: string; linkReferences?: LinkReferences },
  libraries: Record<string, Address>,
): Hex {
  let code = artifact.bytecode.replace(/^0x/, "");
  for (const [file, libs] of Object.entries(artifact.linkReferences ?? {})) {
    for (const [name, spots] of Object.entries(libs)) {
      const address = libraries[name] ?? libraries[`${file}:${name}`];
      if (!address) throw new Error(`No address for library ${file}:${name}`);
      const hex = address.replace(/^0x/, "").toLowerCase();
      for (const { start, length } of spots) {
        if (length !== 20) throw new Error(`Library reference of ${length} bytes in ${name}`);
        code = code.slice(0, start * 2) + hex + code.slice((start + length) * 2);
      }
    }
  }
  if (code.includes("__$")) throw new Error("Bytecode still holds an unlinked library reference");
  return `0x${code}`;
}

/** `code` in two parts of (nearly) equal size, which joined give `code` again. */
export function halves(code: Hex): [Hex, Hex] {
  const bytes = (code.length - 2) / 2;
  const cut = 2 + Math.ceil(bytes / 2) * 2;
  return [code.slice(0, cut) as Hex, `0x${code.slice(cut)}`];
}
