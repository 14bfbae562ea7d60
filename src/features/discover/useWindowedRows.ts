// A list longer than a page renders only the rows in view and a margin: the page scrolls as a
// whole, so the window follows the table body's place in the viewport. Spacers above and below
// keep the scroll height of every row; sorting, filters and search work on all rows before this.
import { useEffect, useState, type RefObject } from "react";

/** Up to this many rows, every row is rendered. */
export const PAGE_ROWS = 50;
/** Rows rendered beyond each edge of the viewport, so that Tab and the arrow keys find the next one. */
const OVERSCAN = 8;
/** Height of a row before one is measured, in px. */
const ROW_PX = 49;

export interface RowWindow {
  start: number;
  end: number;
  /** Heights of the spacers that stand for the rows not rendered, in px. */
  before: number;
  after: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Which of `count` rows to render in `body` (whose rows carry `data-testid="fund-row"` or `"fund-row-pending"`). */
export function useWindowedRows(count: number, body: RefObject<HTMLElement | null>): RowWindow {
  const windowed = count > PAGE_ROWS;
  const [range, setRange] = useState({ start: 0, end: PAGE_ROWS, pitch: ROW_PX });
  useEffect(() => {
    if (!windowed) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const el = body.current;
      if (!el) return;
      // A fund's row, or the place of one still being read.
      const rows = el.querySelectorAll<HTMLElement>('[data-testid="fund-row"], [data-testid="fund-row-pending"]');
      // The distance between row tops, so that a card layout's gaps count too.
      const pitch =
        rows.length > 1
          ? (rows[rows.length - 1].getBoundingClientRect().top - rows[0].getBoundingClientRect().top) /
            (rows.length - 1)
          : ROW_PX;
      const top = el.getBoundingClientRect().top;
      const start = clamp(Math.floor(-top / pitch) - OVERSCAN, 0, count);
      const end = clamp(Math.ceil((window.innerHeight - top) / pitch) + OVERSCAN, start, count);
      setRange((r) =>
        r.start === start && r.end === end && Math.abs(r.pitch - pitch) < 1 ? r : { start, end, pitch },
      );
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
    };
  }, [windowed, count, body]);
  if (!windowed) return { start: 0, end: count, before: 0, after: 0 };
  const start = Math.min(range.start, count);
  const end = clamp(range.end, start, count);
  return { start, end, before: start * range.pitch, after: (count - end) * range.pitch };
}
