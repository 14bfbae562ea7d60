// The deposit and redeem panel loads its code when it is about to be seen (beside the tabs on a
// wide screen, at once; below them on a phone, as the page is scrolled towards it) or when the
// user reaches for it ("Deposit or redeem"), not with the page: the overview paints without it.
// Its placeholder has the panel's frame and height, so that nothing moves when it arrives.
import { Suspense, useCallback, useEffect, useRef, type ComponentType } from "react";
import type { Address } from "viem";
import type { FundSlotProps } from "../../lib/fundSlots.ts";
import { useSeen } from "./useSeen.ts";

// How far outside the viewport the panel starts loading while the page scrolls towards it.
const AHEAD = "400px";

/** Whether the panel is wanted yet; `ref` goes on its container, `want` is called on intent. */
export function useAsideWanted() {
  const { seen: wanted, ref, see } = useSeen(AHEAD);
  const focus = useRef(false);
  const want = useCallback(
    (takeFocus = false) => {
      if (takeFocus) focus.current = true;
      see();
    },
    [see],
  );
  return { wanted, want, ref, focus };
}

interface Props {
  Aside: ComponentType<FundSlotProps>;
  fund: Address;
  wanted: boolean;
  /** Set when "Deposit or redeem" was pressed before the panel's code arrived. */
  focus: { current: boolean };
}

export function DeferredAside({ Aside, fund, wanted, focus }: Props) {
  if (!wanted) return <AsidePlaceholder loading={false} />;
  return (
    <Suspense fallback={<AsidePlaceholder loading />}>
      <Aside fund={fund} />
      <FocusTitle focus={focus} />
    </Suspense>
  );
}

/** Mounts with the panel: gives its title the focus it was asked for before it existed. */
function FocusTitle({ focus }: { focus: { current: boolean } }) {
  useEffect(() => {
    if (!focus.current) return;
    focus.current = false;
    document.getElementById("invest")?.querySelector<HTMLElement>("h2")?.focus();
  }, [focus]);
  return null;
}

/** The panel's frame while its code loads: the title row, the wallet notice and the form, at the heights
 * the panel has without a wallet at 1280 px (551 px in all), so that it replaces them in place. */
function AsidePlaceholder({ loading }: { loading: boolean }) {
  // Until it is wanted nothing is loading: the frame is only drawn (the panel is reached
  // through "Deposit or redeem" or by scrolling to it).
  return (
    <div
      role={loading ? "status" : undefined}
      aria-busy={loading || undefined}
      aria-hidden={loading ? undefined : true}
      data-testid="invest-placeholder"
      className="space-y-3 rounded-xl border border-line bg-surface p-4"
    >
      {loading && <span className="sr-only">Loading the deposit and redeem panel…</span>}
      <div aria-hidden="true" className="flex items-center justify-between gap-2">
        <span className="font-semibold">Invest</span>
        <span className="h-9 w-40 rounded-lg bg-muted" />
      </div>
      <div aria-hidden="true" className="h-[4.875rem] rounded-lg bg-muted" />
      <div aria-hidden="true" className={`h-[23.625rem] rounded-lg bg-muted ${loading ? "animate-pulse" : ""}`} />
    </div>
  );
}
