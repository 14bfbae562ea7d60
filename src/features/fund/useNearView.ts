// Code that waits until its place on the page is about to be seen (the invest panel, the overview's
// sections below the charts): `ref` goes on the place, which is watched until it comes within
// AHEAD of the viewport (at once when it is already there); `want` asks for it on intent.
import { useCallback, useEffect, useRef, useState } from "react";

// How far outside the viewport the code starts loading while the page scrolls towards it.
const AHEAD = "400px";

/** Whether the code for a place is wanted yet; `ref` goes on the place, `want` is called on intent. */
export function useNearView() {
  const [wanted, setWanted] = useState(false);
  const observer = useRef<IntersectionObserver | undefined>(undefined);
  const want = useCallback(() => setWanted(true), []);
  const ref = useCallback(
    (el: HTMLElement | null) => {
      observer.current?.disconnect();
      observer.current = undefined;
      if (!el) return;
      if (typeof IntersectionObserver === "undefined") return want();
      observer.current = new IntersectionObserver((seen) => seen.some((e) => e.isIntersecting) && want(), {
        rootMargin: AHEAD,
      });
      observer.current.observe(el);
    },
    [want],
  );
  useEffect(() => {
    if (wanted) observer.current?.disconnect();
  }, [wanted]);
  return { wanted, want, ref };
}
