// The share panel of ShareButton: the link to copy or hand to the system's share sheet, and the
// picture card drawn on a canvas that downloads as a PNG, in the page's theme.
import { useEffect, useRef, useState } from "react";
import { drawCard, type CardSpec } from "../../lib/share/card.ts";
import { shareUrl, type ShareTarget } from "../../lib/share/links.ts";
import { useTheme } from "../../lib/theme.ts";
import { shareButtonClass as button } from "./shareButtonClass.ts";

export default function SharePanel({
  id,
  target,
  params,
  card: cardWithoutUrl,
  onClose,
}: {
  id: string;
  target: ShareTarget;
  /** The page's query, whose chain the link carries. */
  params: URLSearchParams;
  card: Omit<CardSpec, "url">;
  onClose: () => void;
}) {
  const url = shareUrl(target, window.location.origin, params);
  const card: CardSpec = { ...cardWithoutUrl, url };
  const canvas = useRef<HTMLCanvasElement>(null);
  const { scheme } = useTheme();
  const [note, setNote] = useState("");
  const cardKey = JSON.stringify(card);
  // biome-ignore lint/correctness/useExhaustiveDependencies: redrawn when the card's content or the theme changes
  useEffect(() => {
    if (canvas.current) drawCard(canvas.current, card, scheme === "dark");
  }, [cardKey, scheme]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setNote("Link copied.");
    } catch {
      setNote("The browser did not allow copying: select the link and copy it.");
    }
  };
  const share = async () => {
    try {
      await navigator.share({ title: card.title, url });
    } catch {
      // The person closed the share sheet: nothing to say.
    }
  };
  const download = () => {
    const a = document.createElement("a");
    a.href = canvas.current!.toDataURL("image/png");
    a.download = `evergreen-${card.kicker.toLowerCase()}-${card.title.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}.png`;
    a.click();
  };

  return (
    <div
      id={id}
      role="dialog"
      aria-label={`Share: ${card.title}`}
      data-testid="share-panel"
      className={
        // On a phone the panel spans the screen (a button may sit anywhere in a row); wider, it hangs under its button.
        "fixed inset-x-4 top-20 z-30 space-y-3 rounded-xl border border-line bg-surface p-3 shadow-lg " +
        "sm:absolute sm:inset-x-auto sm:top-auto sm:right-0 sm:mt-2 sm:w-[22rem]"
      }
      onKeyDown={(e) => e.key === "Escape" && onClose()}
    >
      <label className="block text-xs text-subtle">
        Link
        <input
          readOnly
          value={url}
          data-testid="share-url"
          onFocus={(e) => e.currentTarget.select()}
          className="mt-1 w-full rounded-md border border-line bg-canvas px-2 py-1 font-mono text-xs text-fg"
        />
      </label>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={button} onClick={() => void copy()} data-testid="share-copy">
          Copy link
        </button>
        {typeof navigator.share === "function" && (
          <button type="button" className={button} onClick={() => void share()}>
            Share…
          </button>
        )}
        <button type="button" className={button} onClick={download} data-testid="share-download">
          Download card
        </button>
      </div>
      <canvas
        ref={canvas}
        data-testid="share-card"
        role="img"
        aria-label={`Picture card: ${card.title}, ${card.figures.map((f) => `${f.label} ${f.value}`).join(", ")}`}
        className="w-full rounded-lg border border-line"
      />
      <p role="status" className="min-h-4 text-xs text-subtle">
        {note}
      </p>
    </div>
  );
}
