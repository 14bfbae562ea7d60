/** What the method cannot see, said next to what it suggests. */
export function Limits({ unit }: { unit: string }) {
  return (
    <section aria-labelledby="advisor-limits" className="rounded-xl border border-line bg-surface p-4 text-sm">
      <h3 id="advisor-limits" className="font-medium">
        What this can and cannot tell you
      </h3>
      <ul className="mt-2 list-disc space-y-1.5 pl-5 text-subtle">
        <li>
          Expected returns are guesses from one stretch of history. A year of crypto prices says little about next year;
          small changes in them swing the answer, which is why they are shrunk and why maximum Sharpe moves more than
          minimum variance.
        </li>
        <li>
          Volatility treats losses as if they came in a bell curve. Crypto has fat tails: crashes like the one in this
          history come more often than that predicts, and correlations rise together in them.
        </li>
        <li>
          Risk is measured in {unit}, the fund's unit. LP positions, primary-market tokens and VAM escrow are held as
          they are and left out of the estimate. A yield vault the fund allows is an asset here, priced at its asset's
          feed times the rates its guard accepted (a slashing shows as a loss), and shares its asset's limit.
        </li>
        <li>
          Trades are planned at each pool's own price and depth, and a trade that would lose more than the fund's
          slippage limit is left out; the trading cost is weighed only in deciding whether a maximum-Sharpe draft is
          worth making, not inside the optimiser. Taxes and the week a proposal takes to pass are ignored. It is a
          starting point for a vote, not a forecast.
        </li>
      </ul>
    </section>
  );
}
