import type { FundRead } from "../../chain/readFundRaw.ts";
import type { FundSnapshot } from "../../domain/valuation/index.ts";

export type FundData = FundRead & { snapshot: FundSnapshot };
