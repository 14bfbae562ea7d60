// A fund's strategy statement (StrategyRegistry): its length as the contract counts it, its text cut into the
// paragraphs and lines a page shows, and where it came from in words.

/** The registry's `MAX_LENGTH`: bytes of UTF-8. */
export const STRATEGY_MAX_BYTES = 1_200;

export interface Statement {
  text: string;
  author: string;
  statedAt: bigint;
  /** 0 when nothing was stated. */
  version: number;
}

/** Bytes of `text` in UTF-8: what the contract measures, not characters ("€" is 3). */
export const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** What a form sends: line ends as "\n", no leading or trailing blank space. */
export const normalizeStatement = (text: string) => text.replace(/\r\n?/g, "\n").trim();

// Controls and bidirectional overrides would make the text read differently from what it is.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/** Paragraphs (split at blank lines), each a list of its lines, for rendering as plain text. */
export function statementParagraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(INVISIBLE, "")
    .split(/\n[ \t]*\n+/)
    .map((p) => p.split("\n").map((l) => l.trimEnd()))
    .map((lines) => lines.filter((l, i) => l || (i > 0 && i < lines.length - 1)))
    .filter((lines) => lines.some((l) => l.trim()));
}

export type Provenance =
  | { kind: "none" }
  | { kind: "creator"; author: string; statedAt: bigint; version: number }
  | { kind: "governance"; statedAt: bigint; version: number }
  | { kind: "other"; author: string; statedAt: bigint; version: number };

/**
 * Who stated it: the fund's owner (its timelock: a passed proposal) or its creator, who may state only while the
 * fund has no shares. `creator` is undefined where the factory did not record one.
 */
export function provenanceOf(s: Statement, owner: string, creator?: string): Provenance {
  if (s.version === 0) return { kind: "none" };
  const same = (a?: string) => !!a && a.toLowerCase() === s.author.toLowerCase();
  if (same(owner)) return { kind: "governance", statedAt: s.statedAt, version: s.version };
  const base = { author: s.author, statedAt: s.statedAt, version: s.version };
  // The fund's owner may have changed since: the registry let the author state, so the author was the creator
  // (before any shares) or the owner of the time.
  return same(creator) ? { kind: "creator", ...base } : { kind: "other", ...base };
}

/** The provenance in a sentence; `date` and `short` format a time and an address. */
export function provenanceText(
  p: Provenance,
  date: (unixSeconds: bigint) => string,
  short: (address: string) => string,
): string {
  switch (p.kind) {
    case "none":
      return "The creator has not stated a strategy.";
    case "creator":
      return (
        `Stated by the fund's creator ${short(p.author)} on ${date(p.statedAt)}, before anyone held shares` +
        `${p.version > 1 ? ` (version ${p.version})` : ""}. Since then only governance can change it.`
      );
    case "governance":
      return `${p.version > 1 ? "Restated" : "Stated"} by governance on ${date(p.statedAt)}, version ${p.version}.`;
    case "other":
      return `Stated by ${short(p.author)}, then the fund's owner, on ${date(p.statedAt)}, version ${p.version}.`;
  }
}
