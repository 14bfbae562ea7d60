// A fund's strategy: the statement its creator or governance wrote, and what its contracts enforce, in words.
export { enforcedSentences, listText, type EnforcedAsset, type EnforcedInput } from "./enforced.ts";
export {
  normalizeStatement,
  provenanceOf,
  provenanceText,
  STRATEGY_MAX_BYTES,
  statementParagraphs,
  utf8Length,
  type Provenance,
  type Statement,
} from "./statement.ts";
