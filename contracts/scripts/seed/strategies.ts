// What each seeded fund's creator states as its strategy before the first deposit, true to the
// fund's guidelines and to what the seed then does with it (StrategyRegistry, at most 1,200 bytes).

/** The first chain's funds, by key. */
export const STRATEGY: Record<string, string> = {
  stable:
    "A dollar fund: it holds only USDC, its currency, and DAI (at most 60 % of its value), so its NAV moves " +
    "with the two coins' pegs, not with crypto prices.\n\n" +
    "Its yield is trading fees: up to 40 % of the fund provides liquidity to the USDC/DAI pool, where traders " +
    "switching between the coins pay 0.3 % a swap.\n\n" +
    "A professional institution manages it. Once a month it brings DAI back to about 35 % and tops the LP " +
    "position up toward 30 %, and it keeps the rest in USDC for cash redemptions. The performance fee is " +
    "charged only on returns above a 4 % yearly hurdle.",
  ether:
    "Long ether, run by its manager-token holders. The fund holds WETH and keeps a reserve in USDC of at most " +
    "40 % of its value, so that cash redemptions do not force sales in a falling market.\n\n" +
    "Its manager is its timelock: every trade, guideline and fee change is a proposal that manager-token " +
    "holders vote on, executed by the timelock two days after it passes. The reserve is set and rebalanced only by " +
    "proposal; LP positions are allowed up to 20 % of the fund.",
  btceth:
    "Two coins, counted in bitcoin: the fund holds WBTC and WETH, with WETH at most 60 % of its value.\n\n" +
    "A professional institution manages it and rebalances once a month, back to about 60 % WBTC and 40 % WETH, " +
    "so that neither coin's run comes to dominate the fund. Part of the holdings (toward 15 %, at most 30 %) " +
    "provides liquidity to the WETH/WBTC pool and earns its trading fees. The performance fee is charged " +
    "only above a 5 % yearly hurdle.",
  defi:
    "A basket of DeFi blue chips: WETH (at most 35 % of the fund), UNI, AAVE and LINK (at most 25 % each), " +
    "with the rest in USDC.\n\n" +
    "Governed by its manager-token holders: every purchase and trim is a proposal, executed by the timelock " +
    "two days after it passes. The first deposits are invested about 30 % in WETH and 18 % in each of the " +
    "three tokens; a position is trimmed by proposal when it runs ahead or its case weakens.\n\n" +
    "An entry and an exit fee of 0.25 % each, paid to the fund, protect the investors who stay from those " +
    "who trade on the lag of the oracles.",
  ventures:
    "Primary-market investments in DeFi projects through VAM deals: the fund buys a first tranche of a " +
    "project's tokens at a fixed price, and a second tranche only if the project's TVL holds above a target " +
    "for long enough within a window.\n\n" +
    "Project tokens without a market count at what the fund paid until governance marks them down. Between " +
    "deals the fund waits in USDC, with at most 30 % in WETH; it takes no LP positions. Every deal, mark-down " +
    "and guideline is a proposal voted by manager-token holders.",
  algo:
    "Trend following between WETH, WBTC and USDC. Every week the algorithm's keeper compares each coin's " +
    "price with its price 30 days earlier: a coin that rose is held at about 45 % of the fund, one that fell " +
    "at about 10 %, and the rest waits in USDC.\n\n" +
    "The keeper trades only within the guidelines: at most 70 % in either coin, no LP positions, every trade " +
    "checked against the oracles' prices. An entry and an exit fee of 0.5 % each, paid to the fund, keep " +
    "traders from profiting at the expense of the investors who stay.",
  committee:
    "Growth in WETH and WBTC, decided by an investment committee. The manager-token holders elect three " +
    "members with fixed terms and set how many must agree; today two of three approve each trade on-chain " +
    "before any member may execute it, and each decision expires if it is not executed in time.\n\n" +
    "The committee trades only within the guidelines: at most 50 % in WETH and 40 % in WBTC, no LP positions, " +
    "every trade checked against the oracles' prices. Governance may replace a member or change the threshold " +
    "at any time, through a proposal and the timelock.",
};

/** Primary Ventures' statement as governance restates it once WETH is capped at 20 %. */
export const VENTURES_RESTATED =
  "Primary-market investments in DeFi projects through VAM deals: the fund buys a first tranche of a " +
  "project's tokens at a fixed price, and a second tranche only if the project's TVL holds above a target for " +
  "long enough within a window.\n\n" +
  "Project tokens without a market count at what the fund paid until governance marks them down. Between " +
  "deals the fund keeps its liquid reserve mostly in USDC: WETH is capped at 20 % of its value since " +
  "governance lowered the limit. It takes no LP positions. Every deal, mark-down and guideline is a " +
  "proposal voted by manager-token holders.";

/** The second chain's funds, by key. */
export const STRATEGY_TWO: Record<string, string> = {
  stable:
    "Mostly cash: the fund holds USDC, its currency, and may put at most 20 % of its value in WETH when its " +
    "manager, a professional institution, sees a reason to. It takes no LP positions. The performance fee is " +
    "charged only on returns above a 4 % yearly hurdle.",
  ether:
    "Long ether, governed by its manager-token holders: the fund holds WETH and may keep up to 40 % of its " +
    "value in USDC as a reserve, set and changed only by proposal. It takes no LP positions.",
  multi:
    "Trend following between WETH, WBTC and USDC. Every week the algorithm's keeper compares each coin's " +
    "price with its price 30 days earlier: a coin that rose is held at about 45 % of the fund, one that fell " +
    "at about 10 %, and the rest waits in USDC.\n\n" +
    "At most 60 % in either coin and no LP positions; an entry and an exit fee of 0.3 % each are paid to the " +
    "fund.",
};
