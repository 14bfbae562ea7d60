// Light, dark or whatever the system prefers, kept in localStorage. index.html applies the
// stored choice before the first paint; this module keeps it applied as it changes.
import { useCallback, useSyncExternalStore } from "react";
import { browserStorage } from "./browserStorage.ts";

export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];
export type Scheme = "light" | "dark";

export const THEME_STORAGE_KEY = "evergreen-theme";
const darkQuery = "(prefers-color-scheme: dark)";

export function parseTheme(value: string | null): Theme {
  return (THEMES as readonly string[]).includes(value ?? "") ? (value as Theme) : "system";
}

export function resolveScheme(theme: Theme, systemPrefersDark: boolean): Scheme {
  return theme === "system" ? (systemPrefersDark ? "dark" : "light") : theme;
}

function storedTheme(): Theme {
  return parseTheme(browserStorage()?.getItem(THEME_STORAGE_KEY) ?? null); // storage blocked: follow the system
}

function currentScheme(): Scheme {
  return resolveScheme(storedTheme(), matchMedia(darkQuery).matches);
}

// The `dark:` variant and the colour variables key on this attribute (src/index.css).
function apply() {
  document.documentElement.dataset.theme = currentScheme();
}

const listeners = new Set<() => void>();
function notify() {
  apply();
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const media = matchMedia(darkQuery);
  media.addEventListener("change", notify);
  window.addEventListener("storage", notify); // another tab changed it
  return () => {
    listeners.delete(listener);
    media.removeEventListener("change", notify);
    window.removeEventListener("storage", notify);
  };
}

/** The chosen theme, the scheme it resolves to, and a setter that persists the choice. */
export function useTheme(): { theme: Theme; scheme: Scheme; setTheme: (t: Theme) => void } {
  const theme = useSyncExternalStore(subscribe, storedTheme);
  const scheme = useSyncExternalStore(subscribe, currentScheme);
  const setTheme = useCallback((t: Theme) => {
    const storage = browserStorage(); // blocked: the choice lasts for this page only
    try {
      if (t === "system") storage?.removeItem(THEME_STORAGE_KEY);
      else storage?.setItem(THEME_STORAGE_KEY, t);
    } catch {
      // storage full (the log cache shares it): the choice lasts for this page only
    }
    notify();
  }, []);
  return { theme, scheme, setTheme };
}
