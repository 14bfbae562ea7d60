// The notices themselves: their code loads with the first one (after a transaction), while the
// live region above is on the page from the start, so that screen readers announce them.
import { dismissToast, type Toast } from "../lib/toast.ts";
import { shortAddress } from "../lib/format.ts";

const tone: Record<Toast["kind"], string> = {
  pending: "border-line",
  success: "border-brand",
  error: "border-danger",
};
const heading: Record<Toast["kind"], string> = { pending: "Pending", success: "Confirmed", error: "Failed" };

export default function ToastList({ toasts }: { toasts: readonly Toast[] }) {
  return (
    <>
      {toasts.map((t) => (
        <div
          key={t.id}
          role={t.kind === "error" ? "alert" : "status"}
          data-testid={`toast-${t.kind}`}
          className={`pointer-events-auto rounded-lg border bg-surface p-3 text-sm shadow-lg ${tone[t.kind]}`}
        >
          <div className="flex items-start justify-between gap-3">
            <p className="font-medium">
              {t.kind === "pending" && (
                <span
                  aria-hidden="true"
                  className={
                    "mr-2 inline-block size-3 animate-spin " +
                    "rounded-full border-2 border-brand border-t-transparent align-[-1px]"
                  }
                />
              )}
              <span className="sr-only">{heading[t.kind]}: </span>
              {t.title}
            </p>
            <button
              type="button"
              onClick={() => dismissToast(t.id)}
              aria-label="Dismiss"
              className="-m-1 rounded p-1 text-subtle hover:text-fg"
            >
              ✕
            </button>
          </div>
          {t.body && <p className="mt-1 break-words text-subtle">{t.body}</p>}
          {t.hash && (
            <p className="mt-1 font-mono text-xs text-subtle">
              {t.href ? (
                <a
                  href={t.href}
                  target="_blank"
                  rel="noreferrer noopener"
                  className="text-brand underline-offset-2 hover:underline"
                >
                  {shortAddress(t.hash)}
                </a>
              ) : (
                <span title={t.hash}>Transaction {shortAddress(t.hash)}</span>
              )}
            </p>
          )}
        </div>
      ))}
    </>
  );
}
