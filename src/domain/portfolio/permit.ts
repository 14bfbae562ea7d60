// ERC-2612 permits: which tokens can take one, and the typed data a wallet signs for it.
// A token qualifies only when it describes its EIP-712 domain itself (EIP-5267) with exactly
// name, version, chain id and contract, on this chain: a guessed domain would yield a
// signature the token rejects, after the user has already been asked to sign.
import type { Address } from "viem";

export interface PermitDomain {
  name: string;
  version: string;
  chainId: number;
  verifyingContract: Address;
}

/** EIP-5267 `fields` bits: name, version, chainId, verifyingContract (no salt, no extensions). */
const STANDARD_FIELDS = "0x0f";

/** The token's permit domain from its `eip712Domain()` answer, or undefined when it cannot be trusted. */
export function permitDomain(
  answer:
    | readonly [
        fields: string,
        name: string,
        version: string,
        chainId: bigint,
        verifyingContract: Address,
        salt: string,
        extensions: readonly bigint[],
      ]
    | undefined,
  token: Address,
  chainId: number,
): PermitDomain | undefined {
  if (!answer) return undefined;
  const [fields, name, version, domainChain, verifyingContract, , extensions] = answer;
  if (fields.toLowerCase() !== STANDARD_FIELDS || extensions.length > 0) return undefined;
  if (domainChain !== BigInt(chainId) || verifyingContract.toLowerCase() !== token.toLowerCase()) return undefined;
  return { name, version, chainId, verifyingContract };
}

export const PERMIT_TYPES = {
  Permit: [
    { name: "owner", type: "address" },
    { name: "spender", type: "address" },
    { name: "value", type: "uint256" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint256" },
  ],
} as const;

/** How long a permit stays valid after the latest block: long enough to confirm, short enough to be useless later. */
export const PERMIT_VALIDITY_S = 30n * 60n;

export function permitTypedData(
  domain: PermitDomain,
  message: { owner: Address; spender: Address; value: bigint; nonce: bigint; deadline: bigint },
) {
  return { domain, types: PERMIT_TYPES, primaryType: "Permit" as const, message };
}
