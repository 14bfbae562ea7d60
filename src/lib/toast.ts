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

/** Shows a toast, or replaces the one with `id`; returns its id. */
export function showToast(toast: Omit<Toast, "id">, id?: number): number {
  const t: Toast = { ...toast, id: id ?? nextId++ };
  toasts = toasts.some((x) => x.id === t.id) ? toasts.map((x) => (x.id === t.id ? t : x)) : [...toasts, t];
  clearTimeout(timers.get(t.id));
  if (t.kind === "success") timers.set(t.id, setTimeout(() => dismissToast(t.id), SUCCESS_MS));
  emit();
  return t.id;
}
