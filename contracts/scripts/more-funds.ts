// Adds funds to a running local world (names short enough for their manager tokens' names), each with a first deposit,
// so that the dApp can be
// measured with a long fund list. Kinds, assets and fees cycle through the seeded ones.
//   MORE_FUNDS=44 EVERGREEN_LOCAL_RPC=http://127.0.0.1:8545 npx hardhat run contracts/scripts/more-funds.ts --network
// localhost
import { parseUnits } from "viem";
import { createContext } from "./seed/context.ts";
import { FUNDS, createFund } from "./seed/funds.ts";
import { deposit } from "./seed/activity.ts";

const count = Number(process.env.MORE_FUNDS ?? 44);
const TICKET: Record<string, string> = { USDC: "100000", WETH: "40", WBTC: "2" };

const ctx = await createContext();
const start = (await ctx.factory.read.allFunds()).length;
for (let i = 0; i < count; i++) {
  const base = FUNDS[i % FUNDS.length];
  const n = String(start + i + 1).padStart(2, "0");
  const f = await createFund(ctx, {
    ...base,
    key: `${base.key}${n}`,
    name: `${base.symbol.slice(2)} Fund ${n}`,
    symbol: `${base.symbol}${n}`,
  });
  const decimals = Number(await f.asset.read.decimals());
  const who = ctx.investors[i % ctx.investors.length];
  await deposit(ctx, f, who, parseUnits(TICKET[base.denom] ?? "1000", decimals) * BigInt(1 + (i % 7)));
  await deposit(
    ctx,
    f,
    ctx.investors[(i + 1) % ctx.investors.length],
    parseUnits(TICKET[base.denom] ?? "1000", decimals),
  );
}
console.log(`Created ${count} funds; the registry now has ${start + count}.`);
