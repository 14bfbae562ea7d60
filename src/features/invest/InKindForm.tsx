// The in-kind exit (DESIGN §4): shares in, a slice of every holding out, at any time. No price,
// no cash and no exit fee; the basket previewed is the fund's own `previewRedeemInKind`.
import { useRef, type FormEvent } from "react";
import { formatUnits } from "viem";
import { useAccount } from "../../chain/account.ts";
import { isSupportedChainId } from "../../chain/index.ts";
import { checkRedeem } from "../../domain/portfolio/index.ts";
import { WAD } from "../../domain/valuation/index.ts";
import { useOpenConnectModal } from "../../lib/connectModal.ts";
import { fractionPercent } from "../../lib/percent.ts";
import { decimalSeparator } from "../../lib/units.ts";
import { AmountField } from "./AmountField.tsx";
import { basketLines } from "./basket.ts";
import { amount as fmt } from "./format.ts";
import { InKindBasket } from "./InKindBasket.tsx";
import { PreviewList } from "./PreviewList.tsx";
import type { AmountInput } from "./RedeemForm.tsx";
import { SubmitButton, TxProgress } from "./TxProgress.tsx";
import type { FundState } from "../../chain/useFundState.ts";
import { useInKindPreview } from "./useInKindPreview.ts";
import { useInvestTx } from "./useInvestTx.ts";
import type { WalletReads } from "./useWalletReads.ts";

const sep = decimalSeparator();

export function InKindForm({
  d,
  wallet,
  sharesInput: input,
}: {
  d: FundState;
  wallet: WalletReads | undefined;
  sharesInput: AmountInput;
}) {
  const { address: account, chainId } = useAccount();
  const openConnect = useOpenConnectModal();
  const tx = useInvestTx();
  const field = useRef<HTMLInputElement>(null);
  const showShares = (v: bigint) => fmt(v, d.decimals, d.symbol);

  const held = wallet?.shares;
  const check =
    input.value === undefined ? undefined : checkRedeem(input.value, held ?? input.value, input.value, showShares);
  const error = input.parseError ?? (check && !check.ok ? check.message : undefined);
  const shares = input.value !== undefined && !error ? input.value : undefined;
  const q = useInKindPreview(d.set.fund, shares);
  const names = { tokens: d.tokens, pairs: d.raw.pairs, deals: d.raw.deals };
  const lines = q.preview && basketLines(q.preview, names);
  const supply = d.snapshot.supplyAfter;

  async function submit(e: FormEvent) {
    e.preventDefault();
    input.touch();
    if (!account) return openConnect?.();
    if (shares === undefined || !wallet) return field.current?.focus();
    const ok = await tx.redeemInKind({ fund: d.set.fund, account, shares, shown: showShares(shares) });
    if (ok) input.reset();
  }

  const rows = [
    ...(shares !== undefined
      ? [
          { id: "burn", label: "Shares redeemed", value: showShares(shares), raw: shares },
          // A ratio for reading only; the basket itself is exact.
          ...(supply > 0n
            ? [
                {
                  id: "slice",
                  label: "Your slice of every holding",
                  value: fractionPercent((shares * WAD) / supply, 18, { maximumSignificantDigits: 3 }),
                },
              ]
            : []),
        ]
      : []),
    {
      id: "exit-fee",
      label: "Exit fee",
      value: "None",
      note: "the in-kind exit uses no price, so it pays no exit fee",
    },
  ];

  return (
    <form
      onSubmit={submit}
      noValidate
      className="grid grid-cols-1 gap-3 @xl:grid-cols-2 @xl:gap-x-6"
      aria-label="Redeem in kind"
    >
      <div className="space-y-3">
        <AmountField
          id="inkind-amount"
          label={`Shares of ${d.symbol} to redeem in kind`}
          symbol={d.symbol}
          value={input.text}
          onChange={input.set}
          onMax={
            wallet
              ? () =>
                  input.fillMax(
                    wallet.shares === 0n
                      ? { note: `You hold none: this wallet has no ${d.symbol}.` }
                      : { text: formatUnits(wallet.shares, d.decimals).replace(".", sep) },
                  )
              : undefined
          }
          notice={input.note}
          error={error}
          hint={
            !wallet && account ? "Reading your balance…" : wallet ? `You hold ${showShares(wallet.shares)}` : undefined
          }
          inputRef={field}
        />
        <p className="text-xs text-subtle">
          You receive your slice of each holding as it is: the fund's cash and tokens, its LP tokens, its primary-market
          tokens, and a claim on its VAM deals that you collect from the deal once it settles. Always open, even while a
          price is stale.
        </p>
      </div>
      <div className="space-y-2 @xl:col-start-2 @xl:row-span-2 @xl:row-start-1">
        <PreviewList label="In-kind preview" rows={rows} />
        {shares !== undefined &&
          (q.error ? (
            <p role="alert" className="text-sm text-danger">
              The basket could not be read: {q.error.message.split("\n")[0]}
            </p>
          ) : (
            <InKindBasket lines={lines} loading={q.isFetching && !lines} />
          ))}
      </div>
      <div className="space-y-2">
        <SubmitButton busy={tx.busy} disabled={!!account && !isSupportedChainId(chainId)}>
          {account ? "Redeem in kind" : "Connect wallet to redeem"}
        </SubmitButton>
        <TxProgress state={tx.state} />
      </div>
    </form>
  );
}
