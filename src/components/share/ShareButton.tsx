// The share action of a fund, a proposal, a deal or a pick: a deep link to copy (or hand to the
// system's share sheet where the browser has one) and a picture card drawn on a canvas that
// downloads as a PNG. The card is drawn when the panel opens, in the page's theme.
import { Suspense, useId, useState } from "react";
import { preloadable } from "../../lib/preloadable.ts";
import { useSearchParams } from "../../lib/router/index.ts";
import type { CardSpec } from "../../lib/share/card.ts";
import type { ShareTarget } from "../../lib/share/links.ts";
import { shareButtonClass as button } from "./shareButtonClass.ts";

// The panel, its link and its card's drawing load when the button is reached for, not with the page.
const SharePanel = preloadable(() => import("./SharePanel.tsx"));

interface Props {
  target: ShareTarget;
  /** The card without its link, built when the panel opens. */
  card: () => Omit<CardSpec, "url">;
  /** What is shared, for the button's accessible name: "Share this fund". */
  label: string;
  testId?: string;
}

export function ShareButton({ target, card, label, testId = "share" }: Props) {
  const [open, setOpen] = useState(false);
  const [params] = useSearchParams();
  const panel = useId();
  return (
    <div className="relative inline-block">
      <button
        type="button"
        className={button}
        aria-expanded={open}
        aria-controls={panel}
        aria-label={label}
        data-testid={testId}
        onClick={() => setOpen((o) => !o)}
        onPointerEnter={SharePanel.preload}
        onFocus={SharePanel.preload}
      >
        Share
      </button>
      {open && (
        <Suspense fallback={null}>
          <SharePanel id={panel} target={target} params={params} card={card()} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
