// Every contract within the EVM's code limits (EIP-170: 24,576 bytes of code; EIP-3860: 49,152
// bytes of creation code), and a fund created from its code stores is the compiled Fund.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import hre from "hardhat";
import { keccak256, size, type Hex } from "viem";
import { halves, linkBytecode } from "../shared/link.ts";
import { deployWorld } from "../testing/world.js";

const CODE_LIMIT = 24_576;
const INITCODE_LIMIT = 49_152;

describe("code size", () => {
  it("keeps every deployed contract within the code limits", async () => {
    const names = [...(await hre.artifacts.getAllFullyQualifiedNames())].filter((n) => n.startsWith("contracts/src/"));
    assert.ok(names.length > 30, `${names.length} contracts`);
    const over: string[] = [];
    for (const name of names) {
      const a = await hre.artifacts.readArtifact(name);
      const code = (a.deployedBytecode.length - 2) / 2;
      const init = (a.bytecode.length - 2) / 2;
      if (code > CODE_LIMIT || init > INITCODE_LIMIT) over.push(`${name}: ${code} / ${init}`);
    }
    assert.deepEqual(over, []);
  });

  it("creates funds whose code is the compiled Fund's, from creation code no contract embeds", async () => {
    const w = await deployWorld();
    const deployer = await w.viem.getContractAt("FundDeployer", await w.factory.read.fundDeployer());
    const fundArtifact = await hre.artifacts.readArtifact("Fund");
    // The fund's code is the compiled runtime with its immutables (the asset, its decimals) filled in.
    const runtime = (await w.publicClient.getCode({ address: w.fund.address })) as Hex;
    assert.equal(size(runtime), (fundArtifact.deployedBytecode.length - 2) / 2);
    // The stores hold the creation code in two halves behind a STOP byte, and the hash binds them.
    const stored: Hex[] = [];
    for (const part of [await deployer.read.part0(), await deployer.read.part1()]) {
      const code = (await w.publicClient.getCode({ address: part })) as Hex;
      assert.equal(code.slice(0, 4), "0x00");
      stored.push(`0x${code.slice(4)}`);
    }
    const joined = `0x${stored[0].slice(2)}${stored[1].slice(2)}` as Hex;
    assert.equal(await deployer.read.fundCodeHash(), keccak256(joined));
    // The FundDeployer itself is small: it carries no fund code.
    const own = (await w.publicClient.getCode({ address: deployer.address })) as Hex;
    assert.ok(size(own) < 2_000, `FundDeployer is ${size(own)} bytes`);
  });

  it("splits and links creation code exactly", () => {
    const [a, b] = halves("0x0102030405");
    assert.deepEqual([a, b], ["0x010203", "0x0405"]);
    const art = {
      bytecode: `0x60${"__$0123456789abcdef0123456789abcdef01$__"}60`,
      linkReferences: { "x.sol": { Lib: [{ start: 1, length: 20 }] } },
    };
    const lib = "0x00000000000000000000000000000000000000aB" as const;
    assert.equal(linkBytecode(art, { Lib: lib }), `0x60${lib.slice(2).toLowerCase()}60`);
    assert.throws(() => linkBytecode(art, {}), /No address for library x.sol:Lib/);
  });
});
