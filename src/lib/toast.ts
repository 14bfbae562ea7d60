// A tiny store of transaction notices, readable from React with useSyncExternalStore and
// writable from anywhere (the transaction runner lives outside components' render).
export type ToastKind = "pending" | "success" | "error";

export interface Toast {
  id: number;
  kind: ToastKind;
  title: string;
  body?: string;
  hash?: string;
  /** Link to the transaction on the chain's explorer, when the chain has one. */
  href?: string;
}

type Listener = () => void;

let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<Listener>();
const timers = new Map<number, ReturnType<typeof setTimeout>>();
// Successes fade; pending stays until it resolves; errors stay until dismissed.
const SUCCESS_MS = 8_000;

function emit() {
  for (const l of listeners) l();
}

export function subscribeToasts(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getToasts(): readonly Toast[] {
  return toasts;
}

export function dismissToast(id: number): void {
  clearTimeout(timers.get(id));
  timers.delete(id);
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

/**
 * Shows a toast, or replaces the one with `id`; returns its id. At most one toast of each kind
 * stays: the newest replaces an older one, so repeated failures never pile up over the page.
 */
export function showToast(toast: Omit<Toast, "id">, id?: number): number {
  const t: Toast = { ...toast, id: id ?? nextId++ };
  for (const old of toasts) if (old.id !== t.id && old.kind === t.kind) clearTimeout(timers.get(old.id));
  const others = toasts.filter((x) => x.id === t.id || x.kind !== t.kind);
  toasts = others.some((x) => x.id === t.id) ? others.map((x) => (x.id === t.id ? t : x)) : [...others, t];
  clearTimeout(timers.get(t.id));
  if (t.kind === "success")
    timers.set(
      t.id,
      setTimeout(() => dismissToast(t.id), SUCCESS_MS),
    );
  emit();
  return t.id;
}
