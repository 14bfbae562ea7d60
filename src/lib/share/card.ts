// A picture card of what is shared, drawn on a canvas in the browser: a title, a subtitle, a few
// key figures and a small chart, in the page's theme. Numbers arrive already formatted; the
// chart's values are only pixel positions (no money is computed here).

export interface CardSpec {
  /** What kind of thing it is, e.g. "Fund", "Proposal", "Pick". */
  kicker: string;
  title: string;
  subtitle?: string;
  figures: readonly { label: string; value: string }[];
  /** The chart's values in order of time; fewer than two draws no chart. */
  series?: readonly number[];
  /** Where the card's link goes, printed at the foot. */
  url: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

type Palette = { bg: string; fg: string; subtle: string; line: string; up: string; down: string };
const LIGHT: Palette = {
  bg: "#ffffff",
  fg: "#0f172a",
  subtle: "#475569",
  line: "#e2e8f0",
  up: "#047857",
  down: "#b91c1c",
};
const DARK: Palette = {
  bg: "#0b1220",
  fg: "#f1f5f9",
  subtle: "#94a3b8",
  line: "#1e293b",
  up: "#34d399",
  down: "#f87171",
};

/** The polyline of `series` in a box, as [x, y] pairs (flat series sit mid-height). */
export function chartPoints(series: readonly number[], x: number, y: number, w: number, h: number): [number, number][] {
  if (series.length < 2) return [];
  const lo = Math.min(...series);
  const hi = Math.max(...series);
  const span = hi - lo;
  return series.map((v, i) => [
    x + (i / (series.length - 1)) * w,
    span === 0 ? y + h / 2 : y + h - ((v - lo) / span) * h,
  ]);
}

/** Cuts `text` to fit `width` on the canvas, with an ellipsis. */
function clipText(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let t = text;
  while (t.length > 1 && ctx.measureText(`${t}…`).width > width) t = t.slice(0, -1);
  return `${t}…`;
}

export function drawCard(canvas: HTMLCanvasElement, card: CardSpec, dark: boolean): void {
  const p = dark ? DARK : LIGHT;
  canvas.width = CARD_WIDTH;
  canvas.height = CARD_HEIGHT;
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  const font = (size: number, weight = 400) => `${weight} ${size}px system-ui, -apple-system, Segoe UI, sans-serif`;
  ctx.fillStyle = p.bg;
  ctx.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  ctx.fillStyle = p.up;
  ctx.fillRect(0, 0, CARD_WIDTH, 12);

  const pad = 64;
  ctx.textBaseline = "top";
  ctx.fillStyle = p.subtle;
  ctx.font = font(28, 600);
  ctx.fillText(`EVERGREEN · ${card.kicker.toUpperCase()}`, pad, 56);
  ctx.fillStyle = p.fg;
  ctx.font = font(60, 700);
  ctx.fillText(clipText(ctx, card.title, CARD_WIDTH - 2 * pad), pad, 100);
  if (card.subtitle) {
    ctx.fillStyle = p.subtle;
    ctx.font = font(30);
    ctx.fillText(clipText(ctx, card.subtitle, CARD_WIDTH - 2 * pad), pad, 180);
  }

  // Key figures in a row of up to four.
  const figures = card.figures.slice(0, 4);
  const colW = (CARD_WIDTH - 2 * pad) / Math.max(1, figures.length);
  figures.forEach((f, i) => {
    const x = pad + i * colW;
    ctx.fillStyle = p.subtle;
    ctx.font = font(24);
    ctx.fillText(clipText(ctx, f.label, colW - 24), x, 250);
    ctx.fillStyle = f.value.startsWith("−") || f.value.startsWith("-") ? p.down : p.fg;
    // The largest size at which the figure fits its column, down to a floor (then clipped).
    let size = 44;
    ctx.font = font(size, 700);
    while (size > 26 && ctx.measureText(f.value).width > colW - 24) {
      size -= 2;
      ctx.font = font(size, 700);
    }
    ctx.fillText(clipText(ctx, f.value, colW - 24), x, 284 + (44 - size) / 2);
  });

  // The chart, coloured by its direction.
  const pts = chartPoints(card.series ?? [], pad, 370, CARD_WIDTH - 2 * pad, 170);
  ctx.strokeStyle = p.line;
  ctx.lineWidth = 2;
  ctx.strokeRect(pad, 360, CARD_WIDTH - 2 * pad, 190);
  if (pts.length > 1) {
    const series = card.series!;
    ctx.strokeStyle = series[series.length - 1] >= series[0] ? p.up : p.down;
    ctx.lineWidth = 5;
    ctx.lineJoin = "round";
    ctx.beginPath();
    ctx.moveTo(pts[0][0], pts[0][1]);
    for (const [x, y] of pts.slice(1)) ctx.lineTo(x, y);
    ctx.stroke();
  }

  ctx.fillStyle = p.subtle;
  ctx.font = font(22);
  ctx.fillText(clipText(ctx, card.url, CARD_WIDTH - 2 * pad), pad, 572);
}
