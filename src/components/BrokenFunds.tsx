import type { Address } from "viem";

/**
 * Funds of the registry that could not be read (a feed or token of theirs reverts): named in
 * words by address, so the page can show every other fund. Anyone may create a fund, so one
 * broken fund must never take a list down.
 */
export function BrokenFunds({ funds }: { funds: readonly { address: Address }[] }) {
  if (funds.length === 0) return null;
  return (
    <div role="status" data-testid="broken-funds" className="rounded-lg border border-line bg-surface p-3 text-sm">
      <p className="font-medium">
        {funds.length === 1 ? "One fund could not be read" : `${funds.length} funds could not be read`}: its price feed
        or a token it depends on fails, so it is left out here. Every other fund is shown.
      </p>
      <ul className="mt-1 space-y-0.5">
        {funds.map((f) => (
          <li
            key={f.address}
            data-testid="broken-fund"
            data-address={f.address}
            className="break-all font-mono text-xs text-subtle"
          >
            {f.address} — unreadable
          </li>
        ))}
      </ul>
    </div>
  );
}
