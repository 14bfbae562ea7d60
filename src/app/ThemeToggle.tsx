import { Segmented } from "../components/Segmented.tsx";
import { useTheme, type Theme } from "../lib/theme.ts";

const icon = (d: string) => (
  <svg
    viewBox="0 0 20 20"
    width="16"
    height="16"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.6"
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
  >
    <path d={d} />
  </svg>
);

const options: { value: Theme; name: string; label: React.ReactNode }[] = [
  { value: "system", name: "System theme", label: icon("M3 4h14v9H3zM7 17h6M10 13v4") },
  {
    value: "light",
    name: "Light theme",
    label: icon(
      "M10 6.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7zM10 2v1.5M10 16.5V18M2 10h1.5M16.5 10H18M4.3 4.3l1.1 " +
        "1.1M14.6 14.6l1.1 1.1M4.3 15.7l1.1-1.1M14.6 5.4l1.1-1.1",
    ),
  },
  { value: "dark", name: "Dark theme", label: icon("M16.5 12.5A7 7 0 0 1 7.5 3.5a7 7 0 1 0 9 9z") },
];

export function ThemeToggle({ id }: { id: string }) {
  const { theme, setTheme } = useTheme();
  return <Segmented legend="Theme" name={`theme-${id}`} value={theme} options={options} onChange={setTheme} />;
}
