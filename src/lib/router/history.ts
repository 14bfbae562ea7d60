// The browser's location as an external store: pushState/replaceState do not fire popstate, so
// in-app navigations notify the subscribers themselves.
export interface Location {
  pathname: string;
  search: string;
  hash: string;
}

const listeners = new Set<() => void>();
let current: Location | undefined;

function read(): Location {
  const { pathname, search, hash } = window.location;
  // The same object while nothing changed, as useSyncExternalStore requires.
  if (!current || current.pathname !== pathname || current.search !== search || current.hash !== hash)
    current = { pathname, search, hash };
  return current;
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener("popstate", notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("popstate", notify);
  };
}

function notify(): void {
  for (const l of [...listeners]) l();
}

export const snapshot = read;

/** Goes to `href` (path, query and hash), in the history or in place of its current entry. */
export function go(href: string, replace = false): void {
  const url = new URL(href, window.location.href);
  const next = url.pathname + url.search + url.hash;
  if (next === window.location.pathname + window.location.search + window.location.hash && !replace) return;
  if (replace) window.history.replaceState(null, "", next);
  else window.history.pushState(null, "", next);
  notify();
}
