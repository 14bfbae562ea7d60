import { DECIMALS_OFFSET, WAD } from "../../domain/valuation/index.ts";
import { shortAddress } from "../../lib/format.ts";
import { bpsPct, money } from "./format.ts";
import type { FundData } from "./types.ts";

/** HWM is asset units per share unit (WAD); shown per whole share. */
const perShare = (hwm: bigint) => (hwm * 10n ** BigInt(DECIMALS_OFFSET)) / WAD;

export function FeesTab({ d }: { d: FundData }) {
  const f = d.raw.fees;
  const acc = d.snapshot.accrual;
  const a = d.asset;
  const hwmDec = a.decimals;
  const rows: [string, string][] = [
    ["Management fee", `${bpsPct(f.managementBps)} a year`],
    ["Performance fee", `${bpsPct(f.performanceBps)} above the hurdle`],
    ["Hurdle", `${bpsPct(f.hurdleBps)} a year`],
    ["High-water mark", money(perShare(f.hwm) * 10n ** BigInt(hwmDec), hwmDec, a.symbol) + " per share"],
    ["High-water mark with hurdle, now", money(perShare(acc.hurdleHwm) * 10n ** BigInt(hwmDec), hwmDec, a.symbol) + " per share"],
    ["Management fee since last accrual", money(acc.managementFee, a.decimals, a.symbol)],
    ["Performance fee since last accrual", money(acc.performanceFee, a.decimals, a.symbol)],
    ["Fee shares to mint", money(acc.feeShares, d.decimals, d.symbol)],
  ];
  return (
    <div className="space-y-3">
      <dl data-testid="fees" className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
        {rows.map(([k, v]) => (
          <div key={k} className="flex justify-between gap-4 border-b border-line py-1"><dt className="text-subtle">{k}</dt><dd className="text-right font-mono">{v}</dd></div>
        ))}
      </dl>
      <p className="text-sm text-subtle">
        Fees are minted as fund shares to the fee splitter ({shortAddress(d.set.feeSplitter)}), which passes them on to the holders of the manager token ({shortAddress(d.set.managerToken)}).
      </p>
    </div>
  );
}
