// A strip that scrolls sideways fades out at the edge where more of it is hidden, so that a
// phone user sees there is more to swipe to. The fade is CSS (index.css, `data-scroll-more`);
// this only says which edges hide something, and keeps it true on scroll and resize.
import { useCallback, useRef } from "react";

/** Which edges of a sideways-scrolling element hide content; a pixel of rounding is not "more". */
export function hiddenEdges(scrollLeft: number, clientWidth: number, scrollWidth: number) {
  const left = scrollLeft > 1;
  const right = scrollLeft + clientWidth < scrollWidth - 1;
  return left && right ? "both" : left ? "left" : right ? "right" : "none";
}

/** A ref for the scrolling element: it gets `data-scroll-more` = left | right | both | none. */
export function useScrollCue<T extends HTMLElement>() {
  const cleanup = useRef<() => void>(undefined);
  return useCallback((el: T | null) => {
    cleanup.current?.();
    cleanup.current = undefined;
    if (!el) return;
    const update = () => {
      el.dataset.scrollMore = hiddenEdges(el.scrollLeft, el.clientWidth, el.scrollWidth);
    };
    update();
    el.addEventListener("scroll", update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(el);
    for (const child of el.children) observer.observe(child);
    cleanup.current = () => {
      el.removeEventListener("scroll", update);
      observer.disconnect();
    };
  }, []);
}
