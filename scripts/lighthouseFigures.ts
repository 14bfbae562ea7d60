// Pure helpers of the Lighthouse bench (scripts/lighthouse.mjs): the figures one report gives,
// medians over runs and the targets of issue 17, each with its verdict.

export interface Figures {
  /** Performance score, 0–100. */
  score: number;
  lcpMs: number;
  tbtMs: number;
  /** Bytes of JavaScript over the wire (compressed, as served). */
  jsBytes: number;
}

interface Report {
  categories: { performance: { score: number | null } };
  audits: Record<string, { numericValue?: number; details?: { items?: unknown[] } }>;
  runtimeError?: { code: string; message: string };
}

/** The figures of one Lighthouse JSON report; throws when the run failed. */
export function figuresOf(report: Report): Figures {
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.code}: ${report.runtimeError.message}`);
  const score = report.categories.performance.score;
  if (score === null) throw new Error("Lighthouse gave no performance score");
  const items = (report.audits["network-requests"]?.details?.items ?? []) as {
    resourceType?: string;
    transferSize?: number;
  }[];
  const jsBytes = items.filter((r) => r.resourceType === "Script").reduce((s, r) => s + (r.transferSize ?? 0), 0);
  return {
    score: Math.round(score * 100),
    lcpMs: report.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
    tbtMs: report.audits["total-blocking-time"]?.numericValue ?? Number.NaN,
    jsBytes,
  };
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The median of each figure over runs. */
export function medianFigures(runs: readonly Figures[]): Figures {
  return {
    score: median(runs.map((r) => r.score)),
    lcpMs: median(runs.map((r) => r.lcpMs)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
    jsBytes: median(runs.map((r) => r.jsBytes)),
  };
}

export type Preset = "mobile" | "desktop";

/** Issue 17: performance ≥ 90 on the mobile preset, ≥ 98 on desktop. */
export const SCORE_TARGET: Record<Preset, number> = { mobile: 90, desktop: 98 };
/** Issue 17: JS loaded before the first interaction, gzip. */
export const STARTUP_JS_TARGET_BYTES = 150 * 1024;

export function verdict(met: boolean): "met" | "MISSED" {
  return met ? "met" : "MISSED";
}

export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
