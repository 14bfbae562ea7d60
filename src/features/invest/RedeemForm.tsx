// Redeem shares in cash, typed as shares or as the asset amount wanted, with the exit fee as a
// line of the preview and a minimum-assets guard. While a price is stale the form keeps what
// was typed and offers the in-kind exit instead.
import { useRef, type FormEvent } from "react";
import { formatUnits } from "viem";
import { useAccount } from "../../chain/account.ts";
import { isSupportedChainId } from "../../chain/index.ts";
import { Segmented } from "../../components/Segmented.tsx";
import {
  checkPays,
  checkRedeem,
  DEFAULT_SLIPPAGE_BPS,
  minimumOut,
  parseSlippage,
  redeemMax,
} from "../../domain/portfolio/index.ts";
import { exitFee, MAX_UINT256 } from "../../domain/valuation/index.ts";
import { useOpenConnectModal } from "../../lib/connectModal.ts";
import { bpsPercent } from "../../lib/percent.ts";
import { decimalSeparator } from "../../lib/units.ts";
import { AmountField } from "./AmountField.tsx";
import { accruedNote, amount as fmt } from "./format.ts";
import { PreviewList } from "./PreviewList.tsx";
import { SlippageField } from "./SlippageField.tsx";
import { StaleExit } from "./StaleExit.tsx";
import { SubmitButton, TxProgress } from "./TxProgress.tsx";
import { useAmountInput } from "./useAmountInput.ts";
import type { InvestTexts } from "./useFieldText.ts";
import type { FundState } from "../../chain/useFundState.ts";
import { useInvestTx } from "./useInvestTx.ts";
import type { WalletReads } from "./useWalletReads.ts";

const sep = decimalSeparator();
const DEFAULT_SLIPPAGE = formatUnits(DEFAULT_SLIPPAGE_BPS, 2); // 50 bps: "0.5", as typed
export type AmountInput = ReturnType<typeof useAmountInput>;

interface Props {
  d: FundState;
  wallet: WalletReads | undefined;
  /** The shares typed, shared with the in-kind form so that switching keeps them. */
  sharesInput: AmountInput;
  texts: InvestTexts;
  fresh: boolean;
  /** Switches to the in-kind exit, with these shares when the user typed an asset amount. */
  onInKind: (shares?: bigint) => void;
}

export function RedeemForm({ d, wallet, sharesInput, texts, fresh, onInKind }: Props) {
  const { address: account, chainId } = useAccount();
  const openConnect = useOpenConnectModal();
  const { asset, snapshot: s } = d;
  const mode = texts.redeemMode;
  const unit = mode === "shares" ? { decimals: d.decimals, symbol: d.symbol } : asset;
  const assetsInput = useAmountInput(asset.decimals, asset.symbol, texts.assets);
  const input = mode === "shares" ? sharesInput : assetsInput;
  const slipText = texts.redeemSlippage ?? DEFAULT_SLIPPAGE;
  const setSlipText = texts.setRedeemSlippage;
  const slippage = parseSlippage(slipText);
  const tx = useInvestTx();
  const field = useRef<HTMLInputElement>(null);
  const showAssets = (v: bigint) => fmt(v, asset.decimals, asset.symbol);
  const showShares = (v: bigint) => fmt(v, d.decimals, d.symbol);
  const exitBps = s.terms.exitBps;

  // Without a wallet only the fund's own limit (fresh prices) applies.
  const held = wallet ? (mode === "shares" ? wallet.shares : s.vault.previewRedeem(wallet.shares)) : MAX_UINT256;
  const max = wallet ? (mode === "shares" ? wallet.maxRedeem : wallet.maxWithdraw) : fresh ? MAX_UINT256 : 0n;
  // Max in the asset mode pinned whole shares: those are checked and redeemed, exactly.
  const pinned = mode === "assets" && input.maxShares !== undefined && wallet ? input.maxShares : undefined;
  // A stale price is said once, in words, beside the in-kind exit: not as a field error.
  const check =
    input.value === undefined
      ? undefined
      : pinned !== undefined
        ? checkRedeem(pinned, wallet!.shares, fresh ? wallet!.maxRedeem : MAX_UINT256, showShares)
        : checkRedeem(input.value, held, fresh ? max : MAX_UINT256, mode === "shares" ? showShares : showAssets);
  const refused = input.parseError ?? (check && !check.ok ? check.message : undefined);
  const burn =
    input.value !== undefined && !refused
      ? (pinned ?? (mode === "shares" ? input.value : s.vault.previewWithdraw(input.value)))
      : undefined;
  const out = burn !== undefined ? s.vault.previewRedeem(burn) : undefined;
  const pays = out !== undefined ? checkPays(out, asset.symbol) : undefined;
  const error = refused ?? (pays && !pays.ok ? pays.message : undefined);
  const shares = error ? undefined : burn;
  // What redeeming those shares pays: their value at the share price less the exit fee on it.
  const gross = shares !== undefined ? s.vault.convertToAssets(shares) : undefined;
  const r =
    shares !== undefined && gross !== undefined ? { gross, fee: exitFee(s.terms, gross), out: out! } : undefined;
  // Typed as an amount, the guard is on that amount; the redemption pays at least it.
  const minAssets =
    r !== undefined && slippage.ok ? minimumOut(mode === "assets" ? input.value! : r.out, slippage.bps) : undefined;

  function maxFill() {
    const m = redeemMax({
      mode,
      held: wallet!.shares,
      maxRedeem: wallet!.maxRedeem,
      fresh,
      symbol: d.symbol,
      pays: (sh) => s.vault.previewRedeem(sh),
      showShares,
      showAssets,
    });
    input.fillMax({
      text: m.value === undefined ? undefined : formatUnits(m.value, unit.decimals).replace(".", sep),
      note: m.note,
      shares: m.shares,
    });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    input.touch();
    if (!account) return openConnect?.();
    if (!slippage.ok || !fresh) return;
    if (shares === undefined || minAssets === undefined || !wallet) return field.current?.focus();
    const ok = await tx.redeem({ fund: d.set.fund, account, assetUnits: asset, shares, minAssets, expected: r!.out });
    if (ok) input.reset();
  }

  const rows = [
    {
      id: "price",
      label: "Share price",
      value: fmt(s.intrinsic.perShare, asset.decimals, asset.symbol),
      note: accruedNote(s.accrual.managementFee + s.accrual.performanceFee, showAssets),
    },
    ...(r === undefined
      ? [
          {
            id: "exit-fee",
            label: "Exit fee",
            value: bpsPercent(exitBps),
            note: "of what your shares are worth, kept by the fund for the investors who stay",
          },
        ]
      : []),
    ...(shares !== undefined && r !== undefined
      ? [
          { id: "burn", label: "Shares redeemed", value: showShares(shares), raw: shares },
          { id: "gross", label: "Worth at the share price", value: showAssets(r.gross), raw: r.gross },
          {
            id: "exit-fee",
            label: "Exit fee",
            value: showAssets(r.fee),
            raw: r.fee,
            note: `${bpsPercent(exitBps)}, kept by the fund for the investors who stay`,
          },
          { id: "assets", label: "You receive", value: showAssets(r.out), raw: r.out },
          // No minimum without a valid tolerance: "At least 0" would read as a promise.
          slippage.ok
            ? {
                id: "min-assets",
                label: "At least",
                value: showAssets(minAssets ?? 0n),
                raw: minAssets,
                note: `${bpsPercent(slippage.bps)} slippage tolerance`,
              }
            : {
                id: "min-assets",
                label: "At least",
                value: "—",
                note: "set a valid slippage tolerance to see the minimum",
              },
          ...(wallet && wallet.shares >= shares
            ? [{ id: "position", label: "Your position after", value: showShares(wallet.shares - shares) }]
            : []),
        ]
      : []),
  ];

  // Asset amounts become the shares they would burn at the last share price read.
  const toInKind = () =>
    onInKind(
      mode === "assets" && assetsInput.value !== undefined
        ? (pinned ?? s.vault.previewWithdraw(assetsInput.value))
        : undefined,
    );

  return (
    <form
      onSubmit={submit}
      noValidate
      className="grid grid-cols-1 gap-3 @xl:grid-cols-2 @xl:gap-x-6"
      aria-label="Redeem"
    >
      <div className="space-y-3">
        <Segmented
          legend="Redeem by"
          showLegend
          name="redeem-mode"
          value={mode}
          onChange={texts.setRedeemMode}
          options={[
            { value: "shares", label: "Shares" },
            { value: "assets", label: asset.symbol },
          ]}
        />
        <AmountField
          id="redeem-amount"
          label={mode === "shares" ? `Shares of ${d.symbol}` : `Amount of ${asset.symbol} to receive`}
          symbol={unit.symbol}
          value={input.text}
          onChange={input.set}
          onMax={wallet ? maxFill : undefined}
          error={error}
          notice={input.note}
          hint={
            !wallet && account
              ? "Reading your balance…"
              : wallet
                ? `You hold ${showShares(wallet.shares)} ≈ ${showAssets(s.vault.previewRedeem(wallet.shares))}`
                : undefined
          }
          inputRef={field}
        />
        <SlippageField id="redeem-slippage" text={slipText} onChange={setSlipText} slippage={slippage} />
        {!fresh && <StaleExit d={d} onInKind={toInKind} />}
      </div>
      <div className="@xl:col-start-2 @xl:row-span-2 @xl:row-start-1">
        <PreviewList label="Redemption preview" rows={rows} />
      </div>
      <div className="space-y-2">
        <SubmitButton busy={tx.busy} disabled={(!!account && !isSupportedChainId(chainId)) || (!!account && !fresh)}>
          {!account ? "Connect wallet to redeem" : fresh ? "Redeem" : "Cash redemptions wait for fresh prices"}
        </SubmitButton>
        <TxProgress state={tx.state} />
      </div>
    </form>
  );
}
