// The targets a bench checks, each with its verdict and the figure measured; printed together at
// the end of a run, so that one table says what is met and what is MISSED (and why, when known).

/** @type {{ target: string, verdict: "met" | "MISSED", figure: string, why: string }[]} */
const checked = [];

/**
 * Records one target: `met` is the comparison of the measured figure with it; `why` says, for a
 * missed target, what was measured to cause it (printed beside it).
 */
export function target(name, met, figure, why = "") {
  const row = { target: name, verdict: met ? "met" : "MISSED", figure: String(figure), why: met ? "" : why };
  checked.push(row);
  console.log(`  ${row.target}: ${row.verdict} (${row.figure})${row.why ? ` — ${row.why}` : ""}`);
}

/** Prints every target recorded so far, with its verdict. */
export function printTargets() {
  if (checked.length === 0) return;
  console.log("\nTargets:");
  console.table(checked);
  const missed = checked.filter((r) => r.verdict === "MISSED").length;
  console.log(`${checked.length - missed} met, ${missed} MISSED`);
}
