import { pricePerToken } from "../../domain/vam/index.ts";
import { formatDate } from "../../lib/dates.ts";
import { amount } from "./format.ts";
import type { Deal } from "./readDeals.ts";

function trancheTwoStatus(d: Deal): string {
  switch (d.view.status) {
    case "pending":
      return "Escrowed by both sides once the fund joins";
    case "lapsed":
      return "Never started: the start deadline passed";
    case "exercisable":
      return "Exercisable now";
    case "active":
      return "Waiting for the TVL condition";
    case "window-closed":
      return "Window closed unexercised: refunds claimable after expiry";
    case "exercised":
      return d.settlement ? `Paid on ${formatDate(d.settlement.time)}` : "Paid";
    case "expired":
      return d.settlement
        ? `Expired unpaid on ${formatDate(d.settlement.time)}: each side claims its refund`
        : "Expired unpaid: each side claims its refund";
  }
}

interface TrancheProps {
  n: 1 | 2;
  pays: bigint;
  gets: bigint;
  status: string;
  paid: boolean;
  d: Deal;
}

function Tranche({ n, pays, gets, status, paid, d }: TrancheProps) {
  const price = pricePerToken(pays, gets, d.projectToken.decimals);
  return (
    <div data-testid={`tranche-${n}`} data-paid={paid} className="rounded-lg border border-line p-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <h3 className="text-sm font-medium">Tranche {n}</h3>
        <p className={`text-xs ${paid ? "text-brand" : "text-subtle"}`} data-testid={`tranche-${n}-status`}>
          {status}
        </p>
      </div>
      <p className="mt-1 text-sm">
        The fund pays{" "}
        <span className="font-mono" data-testid={`tranche-${n}-pays`}>
          {amount(pays, d.asset)}
        </span>{" "}
        for{" "}
        <span className="font-mono" data-testid={`tranche-${n}-gets`}>
          {amount(gets, d.projectToken)}
        </span>
      </p>
      {price !== undefined && (
        <p className="text-xs text-subtle">
          {amount(price, d.asset)} per {d.projectToken.symbol}
        </p>
      )}
    </div>
  );
}

export function Tranches({ d }: { d: Deal }) {
  const started = d.view.status !== "pending" && d.view.status !== "lapsed";
  return (
    <div className="grid gap-2 sm:grid-cols-2">
      <Tranche
        n={1}
        d={d}
        pays={d.n1}
        gets={d.p1}
        paid={started}
        status={
          started
            ? `Paid on ${formatDate(d.terms.start)}`
            : d.view.status === "lapsed"
              ? "Never paid: the deal lapsed"
              : "Paid when the fund joins"
        }
      />
      <Tranche n={2} d={d} pays={d.n2} gets={d.p2} paid={d.view.status === "exercised"} status={trancheTwoStatus(d)} />
    </div>
  );
}
