// Whether an element has come into view once: sections low on a long page read their data only
// then, so that the page's first requests stay those of what is on screen.
import { useCallback, useRef, useState } from "react";

/**
 * `ref` goes on the element; `seen` turns true the first time it is in view (within `margin`) and
 * stays so. `see()` marks it seen now, as when the user reaches for it before scrolling there.
 */
export function useSeen(margin = "0px") {
  const [seen, setSeen] = useState(false);
  const observer = useRef<IntersectionObserver | undefined>(undefined);
  const ref = useCallback(
    (el: HTMLElement | null) => {
      observer.current?.disconnect();
      observer.current = undefined;
      if (!el || seen) return;
      if (typeof IntersectionObserver === "undefined") return setSeen(true);
      observer.current = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setSeen(true), {
        rootMargin: margin,
      });
      observer.current.observe(el);
    },
    [margin, seen],
  );
  const see = useCallback(() => setSeen(true), []);
  return { seen, ref, see };
}
