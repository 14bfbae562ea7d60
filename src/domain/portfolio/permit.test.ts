import { recoverTypedDataAddress, type Address } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { describe, expect, it } from "vitest";
import { permitDomain, permitTypedData } from "./permit.ts";

const token = "0x2279B7A0a67DB372996a5FaB50D91eAA73d2eBe6" as Address;
const answer = (over: Partial<{ fields: string; chainId: bigint; contract: Address; extensions: bigint[] }> = {}) =>
  [
    over.fields ?? "0x0f",
    "USD Coin",
    "1",
    over.chainId ?? 31337n,
    over.contract ?? token,
    `0x${"0".repeat(64)}`,
    over.extensions ?? [],
  ] as const;

describe("permitDomain", () => {
  it("takes a token's own EIP-5267 domain on this chain", () => {
    expect(permitDomain(answer(), token, 31337)).toEqual({
      name: "USD Coin",
      version: "1",
      chainId: 31337,
      verifyingContract: token,
    });
    expect(permitDomain(answer({ contract: token.toLowerCase() as Address }), token, 31337)).toBeDefined();
  });
  it("refuses what would produce a signature the token rejects", () => {
    expect(permitDomain(undefined, token, 31337), "no eip712Domain()").toBeUndefined();
    expect(permitDomain(answer({ fields: "0x1f" }), token, 31337), "a salt").toBeUndefined();
    expect(permitDomain(answer({ extensions: [1n] }), token, 31337), "extensions").toBeUndefined();
    expect(permitDomain(answer({ chainId: 1n }), token, 31337), "another chain").toBeUndefined();
    expect(
      permitDomain(answer({ contract: "0x0000000000000000000000000000000000000001" }), token, 31337),
      "another contract",
    ).toBeUndefined();
  });
});

describe("permitTypedData", () => {
  it("is the ERC-2612 Permit struct, signable and recoverable", async () => {
    const owner = privateKeyToAccount(`0x${"11".repeat(32)}`);
    const data = permitTypedData(permitDomain(answer(), token, 31337)!, {
      owner: owner.address,
      spender: token,
      value: 10n ** 6n,
      nonce: 0n,
      deadline: 1_800_000_000n,
    });
    // The struct hash of OpenZeppelin's ERC20Permit: the type string decides it.
    expect(data.types.Permit.map((f) => `${f.type} ${f.name}`).join(",")).toBe(
      "address owner,address spender,uint256 value,uint256 nonce,uint256 deadline",
    );
    const signature = await owner.signTypedData(data);
    expect(await recoverTypedDataAddress({ ...data, signature })).toBe(owner.address);
  });
});
