// An address as it arrives in a URL or a paste: every spelling of a valid address is the same
// address (all lower-case, all upper-case, checksummed); mixed case that fails its checksum is
// most likely a typo, and is named as such.
import { getAddress, type Address } from "viem";

export type AddressText = { ok: true; address: Address } | { ok: false; reason: "checksum" | "invalid" };

export function readAddress(text: string): AddressText {
  const m = /^0[xX]([0-9a-fA-F]{40})$/.exec(text.trim());
  if (!m) return { ok: false, reason: "invalid" };
  const hex = m[1];
  const address = getAddress(`0x${hex.toLowerCase()}`);
  // One case throughout carries no checksum; mixed case must match it.
  if (hex === hex.toLowerCase() || hex === hex.toUpperCase() || `0x${hex}` === address) return { ok: true, address };
  return { ok: false, reason: "checksum" };
}
