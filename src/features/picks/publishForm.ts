// The publish form's fields as typed, checked field by field before anything is sent: the same
// bounds as the registry's (thesis bytes, link bytes, a hash with its link), so that a refused
// pick is explained beside its field instead of as a revert.
import { isAddress, zeroAddress, zeroHash, type Address, type Hex } from "viem";

export const MAX_THESIS = 280;
export const MAX_URI = 200;

export type PublishForm = {
  kind: "asset" | "deal";
  fund: string;
  asset: string;
  deal: string;
  direction: "long" | "short";
  thesis: string;
  uri: string;
  contentHash: string;
};

export const emptyPublishForm: PublishForm = {
  kind: "asset",
  fund: "",
  asset: "",
  deal: "",
  direction: "long",
  thesis: "",
  uri: "",
  contentHash: "",
};

export type PickInput = {
  kind: number;
  direction: number;
  subject: Address;
  fund: Address;
  contentHash: Hex;
  thesis: string;
  uri: string;
};

export type PublishErrors = Partial<Record<keyof PublishForm, string>>;

export const byteLength = (s: string) => new TextEncoder().encode(s).length;

/** The registry's input, or the reason each field cannot be sent as it is. */
export function checkPublish(
  f: PublishForm,
  listed: (fund: string, asset: string) => boolean,
): { ok: true; input: PickInput } | { ok: false; errors: PublishErrors } {
  const errors: PublishErrors = {};
  const thesis = f.thesis.trim();
  const uri = f.uri.trim();
  const hash = f.contentHash.trim();
  if (f.kind === "asset") {
    if (!isAddress(f.fund)) errors.fund = "Choose the fund whose price feed judges the pick.";
    if (!isAddress(f.asset)) errors.asset = "Choose an asset the fund lists.";
    else if (isAddress(f.fund) && !listed(f.fund, f.asset)) errors.asset = "This fund does not list that asset.";
  } else {
    if (!isAddress(f.deal)) errors.deal = "Enter the deal's address (0x followed by 40 hexadecimal digits).";
    if (f.direction === "short") errors.direction = "A deal can only be recommended for joining (long).";
  }
  const thesisBytes = byteLength(thesis);
  if (thesisBytes > MAX_THESIS)
    errors.thesis = `At most ${MAX_THESIS} bytes (this is ${thesisBytes}); put a longer thesis behind a link.`;
  if (byteLength(uri) > MAX_URI) errors.uri = `At most ${MAX_URI} bytes.`;
  if (hash && !/^0x[0-9a-fA-F]{64}$/.test(hash)) errors.contentHash = "A content hash is 0x and 64 hexadecimal digits.";
  if (uri && !hash) errors.contentHash = "Give the hash of the content the link points to.";
  if (hash && !uri) errors.uri = "Give the link to the content of this hash.";
  if (!thesis && !uri) errors.thesis = "Write a short thesis, or link a longer one with its hash.";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      kind: f.kind === "asset" ? 0 : 1,
      direction: f.direction === "short" ? 1 : 0,
      subject: (f.kind === "asset" ? f.asset : f.deal) as Address,
      fund: (f.kind === "asset" ? f.fund : zeroAddress) as Address,
      contentHash: (hash || zeroHash) as Hex,
      thesis,
      uri,
    },
  };
}
