import type { FundRead } from "../../chain/readFundRaw.ts";
import type { FundSnapshot } from "../../domain/valuation/index.ts";

/** Wall-clock milliseconds when the block was read. */
export type FundData = FundRead & { snapshot: FundSnapshot; readAt: number };
