// Who can claim what from a VAM deal, as VamDeal.claimable decides it: settlement moves no
// token, so each party pulls its own leg. The second leg is split by parts (1e18 = all) between
// the fund and the holders it assigned parts to in in-kind exits; each share rounds down.
import { DealState } from "./deal.ts";
import type { DealAmounts } from "./tranche.ts";

/** VamDeal.WHOLE: the whole second leg, as a part. */
export const WHOLE = 10n ** 18n;

/** The deal's claim bookkeeping, as its public getters read. */
export interface ClaimState {
  state: number;
  fundPart: bigint;
  fundClaimed: boolean;
  projectAssetsClaimed: bigint;
  projectTokensClaimed: boolean;
}

/** The claim bookkeeping picked out of a deal's answers (a lens's or its own getters'). */
export const claimStateOf = (d: ClaimState): ClaimState => ({
  state: d.state,
  fundPart: d.fundPart,
  fundClaimed: d.fundClaimed,
  projectAssetsClaimed: d.projectAssetsClaimed,
  projectTokensClaimed: d.projectTokensClaimed,
});

/** Asset units and project tokens a party can claim. */
export interface Leg {
  assets: bigint;
  tokens: bigint;
}

const none: Leg = { assets: 0n, tokens: 0n };
const settled = (state: number) => state === DealState.Exercised || state === DealState.Expired;

/** VamDeal._leg: the second leg's share for `part`; `cost` is what the tokens were bought for. */
export function secondLeg(state: number, part: bigint, a: DealAmounts): Leg & { cost: bigint } {
  if (state === DealState.Exercised) return { assets: 0n, tokens: (a.p2 * part) / WHOLE, cost: (a.n2 * part) / WHOLE };
  if (state === DealState.Expired) return { assets: (a.n2 * part) / WHOLE, tokens: 0n, cost: 0n };
  return { ...none, cost: 0n };
}

/** The project's legs: `n1` from start and `n2` more after exercise (asset), `p2` after expiry (tokens). */
export function projectClaimable(a: DealAmounts, c: ClaimState): Leg {
  const owed = c.state === DealState.Pending ? 0n : c.state === DealState.Exercised ? a.n1 + a.n2 : a.n1;
  return {
    assets: owed - c.projectAssetsClaimed,
    tokens: c.state === DealState.Expired && !c.projectTokensClaimed ? a.p2 : 0n,
  };
}

/** The fund's own part of the second leg, once settled and until it claimed. */
export function fundClaimable(a: DealAmounts, c: ClaimState): Leg {
  if (!settled(c.state) || c.fundClaimed) return none;
  const { assets, tokens } = secondLeg(c.state, c.fundPart, a);
  return { assets, tokens };
}

/** A holder's assigned part of the second leg, once settled (0 once claimed: the part is cleared). */
export function assignedClaimable(a: DealAmounts, c: ClaimState, part: bigint): Leg {
  if (!settled(c.state)) return none;
  const { assets, tokens } = secondLeg(c.state, part, a);
  return { assets, tokens };
}

/** IVamDeal.fundEscrowed: the fund's part of the second leg at cost, from start until it claimed. */
export function fundEscrowed(a: DealAmounts, c: ClaimState): bigint {
  return c.state === DealState.Pending || c.fundClaimed ? 0n : (a.n2 * c.fundPart) / WHOLE;
}
