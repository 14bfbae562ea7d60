import type { Config } from "tailwindcss";

// Semantic colours point at CSS variables (src/index.css) so that one class serves both the
// light and the dark scheme, which follow `prefers-color-scheme`.
export default {
  content: ["./index.html", "./src/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        canvas: "var(--color-canvas)",
        surface: "var(--color-surface)",
        muted: "var(--color-muted)",
        line: "var(--color-line)",
        fg: "var(--color-fg)",
        subtle: "var(--color-subtle)",
        brand: "var(--color-brand)",
        "brand-fg": "var(--color-brand-fg)",
        danger: "var(--color-danger)",
      },
      fontFamily: {
        sans: ["Inter", "system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"],
        mono: ["ui-monospace", "SFMono-Regular", "Menlo", "monospace"],
      },
    },
  },
} satisfies Config;
