// Tranche 2 for anyone while exercisable, expiry for anyone once the window closed, the
// project's withdrawal while the deal has not started, and the claims once settled: the
// fund's leg for anyone (through the fund), each other leg for its owner.
import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { useAccount } from "../../chain/account.ts";
import { fundAbi, queryKeys, useAppChainId } from "../../chain/index.ts";
import { useReadClient } from "../../chain/readClient.ts";
import type { TxPlan } from "../../chain/tx/index.ts";
import { TxButton } from "../../components/TxButton.tsx";
import { assignedClaimable, feedSteps, fundClaimable, projectClaimable } from "../../domain/vam/index.ts";
import { formatDateTime } from "../../lib/dates.ts";
import { formatDuration } from "../../lib/durations.ts";
import { legText } from "./Escrow.tsx";
import { amount } from "./format.ts";
import type { Deal } from "./readDeals.ts";
import { vamDealAbi } from "../../chain/deployments/abis/VamDeal.ts";

const dealAbi = vamDealAbi;

const messages = (d: Deal): TxPlan["messages"] => ({
  ConditionNotMet: ([longest, required]) =>
    `The condition does not hold on the chain: the longest run is ` +
    `${formatDuration(BigInt(longest as bigint))} of the ${formatDuration(BigInt(required as bigint))} required.`,
  WrongState: () => "The deal was settled meanwhile: it no longer allows this.",
  WindowClosed: () =>
    `The window closed on ${formatDateTime(d.view.deadline ?? 0n)}: tranche 2 can no longer be exercised.`,
  NothingClaimable: () => "This leg was claimed meanwhile: nothing is left to claim.",
  UnknownDeal: () => "The fund has already claimed its leg of this deal.",
});

type Call = { address: Address; abi: typeof dealAbi | typeof fundAbi; functionName: string; args?: readonly unknown[] };
const plan =
  (d: Deal, title: string, label: string, request: Call): (() => TxPlan) =>
  () => ({
    title,
    messages: messages(d),
    steps: [{ label, request }],
  });
const onDeal = (d: Deal, functionName: string, args?: readonly unknown[]): Call => ({
  address: d.address,
  abi: dealAbi,
  functionName,
  args,
});

const exercisePlan = (d: Deal) => (): TxPlan => ({
  title: `Exercise tranche 2 of ${d.projectToken.name}`,
  messages: messages(d),
  steps: [
    ...feedSteps(d.unfed).map((n) => ({
      label: `Feed ${n} reports into the deal`,
      request: onDeal(d, "advance", [n]),
    })),
    { label: "Exercise tranche 2", request: onDeal(d, "exercise") },
  ],
});

function Claims({ d, account }: { d: Deal; account?: Address }) {
  const name = d.projectToken.name;
  const isProject = !!account && account.toLowerCase() === d.project.toLowerCase();
  const chainId = useAppChainId();
  const client = useReadClient({ chainId });
  const { data: part } = useQuery({
    queryKey: queryKeys.dealPart(chainId, d.address, account),
    enabled: !!account && !!client,
    queryFn: () =>
      client!.readContract({ address: d.address, abi: dealAbi, functionName: "assignedPart", args: [account!] }),
  });
  const fund = fundClaimable(d, d.claims);
  const project = projectClaimable(d, d.claims);
  const mine = assignedClaimable(d, d.claims, (part as bigint | undefined) ?? 0n);
  const buttons = [];
  if (fund.assets > 0n || fund.tokens > 0n) {
    buttons.push(
      <TxButton
        key="fund"
        testId="claim-fund"
        label={`Claim ${legText(fund, d)} for the fund`}
        connectLabel="Connect a wallet to claim for the fund"
        variant="secondary"
        plan={plan(d, `Claim the fund's leg of the ${name} deal`, "Claim for the fund", {
          address: d.fund.address,
          abi: fundAbi,
          functionName: "claimVamDeal",
          args: [d.address],
        })}
      />,
    );
  }
  // The project's two legs are separate claims, so that one paused token holds back only its own.
  if (isProject && project.assets > 0n) {
    buttons.push(
      <TxButton
        key="pa"
        testId="claim-project-assets"
        label={`Claim ${amount(project.assets, d.asset)}`}
        connectLabel="Connect a wallet"
        plan={plan(d, `Claim ${d.asset.symbol} from the ${name} deal`, "Claim", onDeal(d, "claimProjectAssets"))}
      />,
    );
  }
  if (isProject && project.tokens > 0n) {
    buttons.push(
      <TxButton
        key="pt"
        testId="claim-project-tokens"
        label={`Claim ${amount(project.tokens, d.projectToken)}`}
        connectLabel="Connect a wallet"
        plan={plan(d, `Claim ${d.projectToken.symbol} from the ${name} deal`, "Claim", onDeal(d, "claimProjectTokens"))}
      />,
    );
  }
  if (mine.assets > 0n || mine.tokens > 0n) {
    buttons.push(
      <TxButton
        key="mine"
        testId="claim-assigned"
        label={`Claim your ${legText(mine, d)}`}
        connectLabel="Connect a wallet"
        plan={plan(d, `Claim your part of the ${name} deal`, "Claim", onDeal(d, "claimAssigned"))}
      />,
    );
  }
  return buttons.length > 0 ? <div className="flex flex-wrap gap-2">{buttons}</div> : null;
}

export function DealActions({ d }: { d: Deal }) {
  const { address } = useAccount();
  const name = d.projectToken.name;
  const isProject = !!address && address.toLowerCase() === d.project.toLowerCase();
  if (d.view.status === "exercisable") {
    return (
      <div className="space-y-2">
        <div className="space-y-1">
          <TxButton
            testId="exercise"
            label="Exercise tranche 2"
            connectLabel="Connect a wallet to exercise tranche 2"
            plan={exercisePlan(d)}
          />
          <p className="text-xs text-subtle">
            Anyone may exercise: {amount(d.n2, d.asset)} in escrow becomes the project's and{" "}
            {amount(d.p2, d.projectToken)} the fund's, each claimed by its owner. A keeper normally does it within a
            day.
          </p>
        </div>
        <Claims d={d} account={address} />
      </div>
    );
  }
  if (d.view.status === "window-closed") {
    return (
      <div className="space-y-2">
        <TxButton
          testId="expire"
          label="Settle expiry"
          connectLabel="Connect a wallet to settle expiry"
          variant="secondary"
          plan={plan(d, `Expire the ${name} deal`, "Expire", onDeal(d, "expire"))}
        />
        <Claims d={d} account={address} />
      </div>
    );
  }
  if ((d.view.status === "pending" || d.view.status === "lapsed") && isProject && d.projectEscrowed) {
    return (
      <TxButton
        testId="withdraw"
        label="Withdraw escrow"
        connectLabel="Connect a wallet"
        variant="secondary"
        plan={plan(d, `Withdraw the ${name} escrow`, "Withdraw escrow", onDeal(d, "withdrawProject"))}
      />
    );
  }
  return <Claims d={d} account={address} />;
}
