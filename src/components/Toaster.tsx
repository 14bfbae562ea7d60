import { lazy, Suspense, useSyncExternalStore } from "react";
import { getToasts, subscribeToasts } from "../lib/toast.ts";

const ToastList = lazy(() => import("./ToastList.tsx"));

/**
 * Transaction notices: floating bottom right on desktop; on phones in the page's flow above
 * its content, where they cover nothing (the form under the user's thumb says the same).
 */
export function Toaster() {
  const toasts = useSyncExternalStore(subscribeToasts, getToasts);
  return (
    <div
      aria-live="polite"
      data-testid="toaster"
      className={
        "pointer-events-none z-50 flex flex-col items-stretch gap-2 px-4 " +
        "pt-3 empty:p-0 sm:fixed sm:right-0 sm:bottom-0 sm:w-96 sm:p-3"
      }
    >
      {toasts.length > 0 && (
        <Suspense fallback={null}>
          <ToastList toasts={toasts} />
        </Suspense>
      )}
    </div>
  );
}
