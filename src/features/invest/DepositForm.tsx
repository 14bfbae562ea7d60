// Deposit the fund's asset for shares: amount, live preview from the engine with the entry fee
// as a line of its own, minimum-shares guard, then approve + deposit, one batched signature, or a permit and one
// transaction. A WETH fund also takes native ether, wrapped and deposited in one transaction.
import { useRef, useState, type FormEvent } from "react";
import { formatUnits } from "viem";
import { useAccount } from "../../chain/account.ts";
import { isSupportedChainId } from "../../chain/index.ts";
import {
  approvalAmounts,
  checkDeposit,
  checkMints,
  DEFAULT_SLIPPAGE_BPS,
  depositMax,
  minimumOut,
  parseSlippage,
} from "../../domain/portfolio/index.ts";
import { entryFee, MAX_UINT256, toAssets } from "../../domain/valuation/index.ts";
import { useOpenConnectModal } from "../../lib/connectModal.ts";
import { bpsPercent } from "../../lib/percent.ts";
import { decimalSeparator } from "../../lib/units.ts";
import { AmountField } from "./AmountField.tsx";
import { ApprovalChoice, type ApproveWith } from "./ApprovalChoice.tsx";
import { accruedNote, amount as fmt } from "./format.ts";
import { PayWithChoice } from "./PayWithChoice.tsx";
import { PreviewList } from "./PreviewList.tsx";
import { SlippageField } from "./SlippageField.tsx";
import { SubmitButton, TxProgress } from "./TxProgress.tsx";
import { useAmountInput } from "./useAmountInput.ts";
import type { InvestTexts } from "./useFieldText.ts";
import type { FundState } from "../../chain/useFundState.ts";
import { useInvestTx } from "./useInvestTx.ts";
import { usePayWith } from "./usePayWith.ts";
import { usePermitDomain } from "./usePermitDomain.ts";
import type { WalletReads } from "./useWalletReads.ts";

const sep = decimalSeparator();
const DEFAULT_SLIPPAGE = formatUnits(DEFAULT_SLIPPAGE_BPS, 2); // 50 bps: "0.5", as typed

export function DepositForm({
  d,
  wallet,
  texts,
  fresh,
}: {
  d: FundState;
  wallet: WalletReads | undefined;
  texts: InvestTexts;
  fresh: boolean;
}) {
  const { address: account, chainId } = useAccount();
  const openConnect = useOpenConnectModal();
  const { asset, snapshot: s } = d;
  const pay = usePayWith(d, wallet, texts);
  const inEth = pay.payWith === "eth";
  // Ether has WETH's 18 decimals: the same text is the same amount in either currency.
  const units = inEth ? { decimals: 18, symbol: "ETH" } : asset;
  const balance = inEth ? pay.ethBalance : wallet?.assetBalance;
  const input = useAmountInput(units.decimals, units.symbol, texts.deposit);
  const slipText = texts.depositSlippage ?? DEFAULT_SLIPPAGE;
  const setSlipText = texts.setDepositSlippage;
  const slippage = parseSlippage(slipText);
  const tx = useInvestTx();
  const permit = usePermitDomain(asset.address, !!account);
  const [approveWith, setApproveWith] = useState<ApproveWith>("permit");
  // Only where the choice can matter: a batching wallet approves and deposits in one prompt anyway.
  const offerPermit = !!permit && !tx.atomic && !!wallet && !inEth;
  const field = useRef<HTMLInputElement>(null);
  const show = (v: bigint) => fmt(v, asset.decimals, asset.symbol);
  const showPay = (v: bigint) => fmt(v, units.decimals, units.symbol);

  const maxDeposit = wallet?.maxDeposit ?? s.maxDeposit;
  const check =
    input.value === undefined ? undefined : checkDeposit(input.value, balance ?? MAX_UINT256, maxDeposit, showPay);
  const refused = input.parseError ?? (check && !check.ok ? check.message : undefined);
  const entryBps = s.terms.entryBps;
  // The entry fee stays in the fund; the shares are priced on what is left of the deposit.
  const previewed = input.value !== undefined && !refused ? s.vault.previewDeposit(input.value) : undefined;
  const mints = previewed !== undefined ? checkMints(previewed) : undefined;
  const error = refused ?? (mints && !mints.ok ? mints.message : undefined);
  const fee = input.value !== undefined && !error ? entryFee(s.terms, input.value) : undefined;
  const shares = fee !== undefined ? previewed : undefined;
  const minShares = shares !== undefined && slippage.ok ? minimumOut(shares, slippage.bps) : undefined;
  const showShares = (v: bigint) => fmt(v, d.decimals, d.symbol);

  async function maxFill() {
    const m = inEth
      ? await pay.ethMax(maxDeposit, fresh, showPay)
      : depositMax({ balance: wallet!.assetBalance, maxDeposit, fresh, symbol: asset.symbol, show });
    input.fillMax({
      text: m.value === undefined ? undefined : formatUnits(m.value, units.decimals).replace(".", sep),
      note: m.note,
    });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    input.touch();
    if (!account) return openConnect?.();
    if (!slippage.ok) return;
    if (input.value === undefined || error || minShares === undefined || !wallet) return field.current?.focus();
    const ok = inEth
      ? pay.gateway &&
        (await tx.depositEth({
          gateway: pay.gateway,
          fund: d.set.fund,
          account,
          shareUnits: d,
          amount: input.value,
          minShares,
        }))
      : await tx.deposit({
          fund: d.set.fund,
          account,
          asset: asset.address,
          assetUnits: asset,
          shareUnits: d,
          amount: input.value,
          minShares,
          approvals: approvalAmounts(wallet.allowance, input.value),
          permit: offerPermit && approveWith === "permit" ? permit : undefined,
        });
    if (ok) input.reset();
  }

  const rows = [
    // The fees accrued since the last operation are the current investors' cost, paid before a
    // deposit is priced: a line of its own would read as a charge on this deposit.
    {
      id: "price",
      label: "Share price",
      value: fmt(s.intrinsic.perShare, asset.decimals, asset.symbol),
      raw: s.intrinsic.perShare,
      note: accruedNote(s.accrual.managementFee + s.accrual.performanceFee, show),
    },
    ...(fee === undefined
      ? [
          {
            id: "entry-fee",
            label: "Entry fee",
            value: bpsPercent(entryBps),
            note: "of your deposit, kept by the fund for its investors",
          },
        ]
      : []),
    ...(fee !== undefined && shares !== undefined && input.value !== undefined
      ? [
          {
            id: "entry-fee",
            label: "Entry fee",
            value: show(fee),
            raw: fee,
            note: `${bpsPercent(entryBps)} of your deposit, kept by the fund for its investors`,
          },
          { id: "shares", label: "You receive", value: showShares(shares), raw: shares },
          // No minimum without a valid tolerance: "At least 0" would read as a promise.
          slippage.ok
            ? {
                id: "min-shares",
                label: "At least",
                value: showShares(minShares ?? 0n),
                raw: minShares,
                note: `${bpsPercent(slippage.bps)} slippage tolerance`,
              }
            : {
                id: "min-shares",
                label: "At least",
                value: "—",
                note: "set a valid slippage tolerance to see the minimum",
              },
          ...(wallet
            ? [
                {
                  id: "position",
                  label: "Your position after",
                  value: showShares(wallet.shares + shares),
                  note: `≈ ${show(toAssets(wallet.shares + shares, s.gav + input.value, s.supplyAfter + shares))}`,
                },
              ]
            : []),
        ]
      : []),
  ];

  return (
    <form
      onSubmit={submit}
      noValidate
      className="grid grid-cols-1 gap-3 @xl:grid-cols-2 @xl:gap-x-6"
      aria-label="Deposit"
    >
      <div className="space-y-3">
        {pay.gateway && <PayWithChoice value={pay.payWith} onChange={pay.setPayWith} />}
        <AmountField
          id="deposit-amount"
          label={`Amount of ${units.symbol}`}
          symbol={units.symbol}
          value={input.text}
          onChange={input.set}
          onMax={wallet && balance !== undefined ? () => void maxFill() : undefined}
          error={error}
          notice={input.note}
          hint={
            account && (!wallet || balance === undefined)
              ? "Reading your balance…"
              : balance !== undefined
                ? `Balance ${showPay(balance)}`
                : undefined
          }
          inputRef={field}
        />
        <SlippageField id="deposit-slippage" text={slipText} onChange={setSlipText} slippage={slippage} />
        {offerPermit && <ApprovalChoice value={approveWith} onChange={setApproveWith} />}
      </div>
      <div className="@xl:col-start-2 @xl:row-span-2 @xl:row-start-1">
        <PreviewList label="Deposit preview" rows={rows} />
      </div>
      <div className="space-y-2">
        <SubmitButton busy={tx.busy} disabled={!!account && !isSupportedChainId(chainId)}>
          {account ? `Deposit ${units.symbol}` : "Connect wallet to deposit"}
        </SubmitButton>
        <TxProgress state={tx.state} />
      </div>
    </form>
  );
}
