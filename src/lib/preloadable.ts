// A lazily loaded component whose code can be asked for before it renders: on a hint of intent
// (a pointer over its tab, a focus) the download starts, so the click rarely waits for it.
import { lazy, type ComponentType, type LazyExoticComponent } from "react";

// biome-ignore lint/suspicious/noExplicitAny: the bound React.lazy itself puts on a component
type AnyComponent = ComponentType<any>;

export type Preloadable<C extends AnyComponent> = LazyExoticComponent<C> & { preload: () => void };

/** `lazy(load)` with a `preload()` that starts the same download once. */
export function preloadable<C extends AnyComponent>(load: () => Promise<{ default: C }>): Preloadable<C> {
  let loading: Promise<{ default: C }> | undefined;
  const once = () => {
    // A failed download is tried again the next time it is asked for.
    loading ??= load().catch((e: unknown): never => {
      loading = undefined;
      throw e;
    });
    return loading;
  };
  return Object.assign(lazy(once), { preload: () => void once().catch(() => undefined) });
}
