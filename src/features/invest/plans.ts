// The transactions of a deposit and a redemption, as plans for the shared runner.
import type { Address, Hex } from "viem";
import { contractAt, erc20Abi, fundAbi, type SupportedChainId } from "../../chain/index.ts";
import type { ErrorMessages, TxPlan, TxStep } from "../../chain/tx/index.ts";
import { amount as fmt } from "./format.ts";
import { ethDepositGatewayAbi } from "../../chain/deployments/abis/EthDepositGateway.ts";
import { fundRouterAbi } from "../../chain/deployments/abis/FundRouter.ts";

type Units = { decimals: number; symbol: string };

export interface DepositInput {
  fund: Address;
  account: Address;
  asset: Address;
  assetUnits: Units;
  shareUnits: Units;
  amount: bigint;
  minShares: bigint;
  /** Allowances to set first, in order (see `approvalAmounts`). */
  approvals: readonly bigint[];
  batch: boolean;
}

const slippage = (u: Units): ErrorMessages => ({
  SlippageExceeded: ([got, min]) =>
    `The fund would give ${fmt(got as bigint, u.decimals, u.symbol)}, below your minimum of ` +
    `${fmt(min as bigint, u.decimals, u.symbol)}: the price moved since the preview. Nothing was changed; ` +
    `review and try again.`,
});

export function depositPlan(p: DepositInput): TxPlan {
  const shown = fmt(p.amount, p.assetUnits.decimals, p.assetUnits.symbol);
  const approve = (value: bigint): TxStep => ({
    label: value === 0n ? `Reset the ${p.assetUnits.symbol} allowance to zero` : `Approve ${shown}`,
    request: { address: p.asset, abi: erc20Abi, functionName: "approve", args: [p.fund, value] },
  });
  return {
    title: `Deposit ${shown}`,
    batch: p.batch,
    messages: slippage(p.shareUnits),
    steps: [
      ...p.approvals.map(approve),
      {
        label: `Deposit ${shown}`,
        request: {
          address: p.fund,
          abi: fundAbi,
          functionName: "depositWithMin",
          args: [p.amount, p.account, p.minShares],
        },
      },
    ],
  };
}

export interface PermitSignature {
  deadline: bigint;
  v: number;
  r: Hex;
  s: Hex;
}

/**
 * The permit route: the wallet signs an ERC-2612 permit for the router (no transaction), then
 * one transaction has the router take the amount and deposit it, with the same minimum.
 */
export function permitDepositPlan(
  p: Omit<DepositInput, "approvals" | "batch">,
  chainId: SupportedChainId,
  sign: (spender: Address, value: bigint) => Promise<PermitSignature>,
): TxPlan {
  const shown = fmt(p.amount, p.assetUnits.decimals, p.assetUnits.symbol);
  const router = contractAt(chainId, "FundRouter", fundRouterAbi);
  return {
    title: `Deposit ${shown}`,
    preparing: `Sign the permit for ${shown}`,
    messages: slippage(p.shareUnits),
    steps: async () => {
      const { deadline, v, r, s } = await sign(router.address, p.amount);
      return [
        {
          label: `Deposit ${shown}`,
          request: {
            ...router,
            functionName: "depositWithPermit",
            args: [p.fund, p.amount, p.account, p.minShares, deadline, v, r, s],
          },
        },
      ];
    },
  };
}

export interface EthDepositInput {
  gateway: Address;
  fund: Address;
  account: Address;
  shareUnits: Units;
  /** Wei of ether, wrapped one to one into the fund's WETH. */
  amount: bigint;
  minShares: bigint;
}

const ETHER_ERRORS: ErrorMessages = {
  NoEther: () => "Enter an amount of ETH above zero. Nothing was sent.",
  NotWethFund: () => "This fund does not take WETH, so it cannot be paid in ETH. Nothing was sent.",
  AssetsNotTaken: () => "The fund did not take the ether it was sent, so the deposit was undone. Nothing was sent.",
};

/** Native ether in one transaction: the gateway wraps it and deposits for the account, no approval. */
export function ethDepositPlan(p: EthDepositInput): TxPlan {
  const shown = fmt(p.amount, 18, "ETH");
  return {
    title: `Deposit ${shown}`,
    messages: { ...slippage(p.shareUnits), ...ETHER_ERRORS },
    steps: [
      {
        label: `Deposit ${shown}`,
        request: {
          address: p.gateway,
          abi: ethDepositGatewayAbi,
          functionName: "depositEth",
          args: [p.fund, p.account, p.minShares],
          value: p.amount,
        },
      },
    ],
  };
}

export interface RedeemInput {
  fund: Address;
  account: Address;
  assetUnits: Units;
  shares: bigint;
  minAssets: bigint;
  /** What the user expects to receive, for the title. */
  expected: bigint;
}

export function redeemPlan(p: RedeemInput): TxPlan {
  const title = `Redeem for ${fmt(p.expected, p.assetUnits.decimals, p.assetUnits.symbol)}`;
  return {
    title,
    messages: slippage(p.assetUnits),
    steps: [
      {
        label: title,
        request: {
          address: p.fund,
          abi: fundAbi,
          functionName: "redeemWithMin",
          args: [p.shares, p.account, p.account, p.minAssets],
        },
      },
    ],
  };
}

export interface InKindInput {
  fund: Address;
  account: Address;
  shares: bigint;
  /** The shares as the user reads them, for the title. */
  shown: string;
}

/** The in-kind exit: a slice of every holding, no price, no cash, no exit fee (DESIGN §4). */
export function redeemInKindPlan(p: InKindInput): TxPlan {
  const title = `Redeem ${p.shown} in kind`;
  return {
    title,
    steps: [
      {
        label: title,
        request: {
          address: p.fund,
          abi: fundAbi,
          functionName: "redeemInKind",
          args: [p.shares, p.account, p.account],
        },
      },
    ],
  };
}

/** Claims what an in-kind exit could not send of `token` (the fund kept it owed to the caller). */
export function claimOwedPlan(fund: Address, token: Address, shown: string): TxPlan {
  const title = `Claim ${shown}`;
  return {
    title,
    steps: [{ label: title, request: { address: fund, abi: fundAbi, functionName: "claimOwed", args: [token] } }],
  };
}
