// Redeem shares for the fund's asset, typed as shares or as the asset amount wanted, with a
// minimum-assets guard.
import { useRef, useState, type FormEvent } from "react";
import { formatUnits } from "viem";
import { useAccount } from "wagmi";
import { isSupportedChainId } from "../../chain/index.ts";
import { Segmented } from "../../components/Segmented.tsx";
import { checkRedeem, DEFAULT_SLIPPAGE_BPS, minimumOut, parseSlippage, pct } from "../../domain/portfolio/index.ts";
import { MAX_UINT256 } from "../../domain/valuation/index.ts";
import { useOpenConnectModal } from "../../lib/connectModal.ts";
import { decimalSeparator } from "../../lib/units.ts";
import { AmountField } from "./AmountField.tsx";
import { amount as fmt } from "./format.ts";
import { PreviewList } from "./PreviewList.tsx";
import { SlippageField } from "./SlippageField.tsx";
import { SubmitButton, TxProgress } from "./TxProgress.tsx";
import { useAmountInput } from "./useAmountInput.ts";
import type { FundView } from "./useFundRead.ts";
import { useInvestTx } from "./useInvestTx.ts";
import type { WalletReads } from "./useWalletReads.ts";

const sep = decimalSeparator();
type Mode = "shares" | "assets";

export function RedeemForm({ d, wallet }: { d: FundView; wallet: WalletReads | undefined }) {
  const { address: account, chainId } = useAccount();
  const openConnect = useOpenConnectModal();
  const { asset, snapshot: s } = d;
  const [mode, setMode] = useState<Mode>("shares");
  const unit = mode === "shares" ? { decimals: d.decimals, symbol: d.symbol } : asset;
  const input = useAmountInput(unit.decimals, unit.symbol);
  const [slipText, setSlipText] = useState(pct(DEFAULT_SLIPPAGE_BPS).replace(" %", ""));
  const slippage = parseSlippage(slipText);
  const tx = useInvestTx();
  const field = useRef<HTMLInputElement>(null);
  const showAssets = (v: bigint) => fmt(v, asset.decimals, asset.symbol);
  const showShares = (v: bigint) => fmt(v, d.decimals, d.symbol);

  // Without a wallet only the fund's own limit (fresh prices) applies.
  const held = wallet ? (mode === "shares" ? wallet.shares : s.vault.previewRedeem(wallet.shares)) : MAX_UINT256;
  const max = wallet ? (mode === "shares" ? wallet.maxRedeem : s.maxWithdraw(wallet.shares)) : s.fresh ? MAX_UINT256 : 0n;
  const check = input.value === undefined ? undefined : checkRedeem(input.value, held, max, mode === "shares" ? showShares : showAssets);
  const error = input.parseError ?? (check && !check.ok ? check.message : undefined);
  const valid = input.value !== undefined && !error;
  const shares = valid ? (mode === "shares" ? input.value! : s.vault.previewWithdraw(input.value!)) : undefined;
  const assets = shares !== undefined ? (mode === "shares" ? s.vault.previewRedeem(shares) : input.value!) : undefined;
  const minAssets = assets !== undefined && slippage.ok ? minimumOut(assets, slippage.bps) : undefined;

  async function submit(e: FormEvent) {
    e.preventDefault();
    input.touch();
    if (!account) return openConnect?.();
    if (!slippage.ok) return;
    if (shares === undefined || minAssets === undefined || !wallet) return field.current?.focus();
    const ok = await tx.redeem({ fund: d.set.fund, account, assetUnits: asset, shares, minAssets, expected: assets! });
    if (ok) input.reset();
  }

  const rows = [
    { id: "price", label: "Share price", value: fmt(s.intrinsic.perShare, asset.decimals, asset.symbol) },
    { id: "fees", label: "Fees accrued at redemption", value: showAssets(s.accrual.managementFee + s.accrual.performanceFee) },
    ...(shares !== undefined && assets !== undefined
      ? [
          { id: "burn", label: "Shares redeemed", value: showShares(shares), raw: shares },
          { id: "assets", label: "You receive", value: showAssets(assets), raw: assets },
          { id: "min-assets", label: "At least", value: showAssets(minAssets ?? 0n), raw: minAssets, note: slippage.ok ? `${pct(slippage.bps)} slippage tolerance` : undefined },
          ...(wallet && wallet.shares >= shares ? [{ id: "position", label: "Your position after", value: showShares(wallet.shares - shares) }] : []),
        ]
      : []),
  ];

  return (
    <form onSubmit={submit} noValidate className="grid grid-cols-1 gap-3 lg:grid-cols-2 lg:gap-x-6" aria-label="Redeem">
      <div className="space-y-3">
        <Segmented legend="Redeem by" showLegend name="redeem-mode" value={mode} onChange={(m) => { setMode(m); input.reset(); }}
          options={[{ value: "shares", label: "Shares" }, { value: "assets", label: asset.symbol }]} />
        <AmountField
          id="redeem-amount"
          label={mode === "shares" ? `Shares of ${d.symbol}` : `Amount of ${asset.symbol} to receive`}
          symbol={unit.symbol}
          value={input.text}
          onChange={input.set}
          onMax={wallet ? () => input.set(formatUnits(max < held ? max : held, unit.decimals).replace(".", sep)) : undefined}
          error={error}
          hint={!wallet && account ? "Reading your balance…" : wallet ? `You hold ${showShares(wallet.shares)} ≈ ${showAssets(s.vault.previewRedeem(wallet.shares))}` : undefined}
          inputRef={field}
        />
        <SlippageField id="redeem-slippage" text={slipText} onChange={setSlipText} slippage={slippage} />
      </div>
      <div className="lg:col-start-2 lg:row-span-2 lg:row-start-1">
        <PreviewList label="Redemption preview" rows={rows} />
      </div>
      <div className="space-y-2">
        <SubmitButton busy={tx.busy} disabled={!!account && !isSupportedChainId(chainId)}>
          {account ? "Redeem" : "Connect wallet to redeem"}
        </SubmitButton>
        <TxProgress state={tx.state} />
      </div>
    </form>
  );
}
