// Where immutable chain history is kept across reloads: IndexedDB (no 5 MB cap, bigints kept as
// they are by structured cloning), else, where it cannot open (private mode, tests), a Map that
// lasts as long as the page. A failing store is only a cache miss, never a failed read.

export interface HistoryStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  /** Forgets every key that starts with `prefix`. */
  clear(prefix: string): Promise<void>;
}

export function memoryStore(): HistoryStore {
  const m = new Map<string, unknown>();
  return {
    get: async <T>(key: string) => m.get(key) as T | undefined,
    set: async (key, value) => void m.set(key, value),
    clear: async (prefix) => {
      for (const k of [...m.keys()]) if (k.startsWith(prefix)) m.delete(k);
    },
  };
}

const DB = "evergreen-history";
const STORE = "entries";

const done = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

function open(): Promise<IDBDatabase> {
  const request = indexedDB.open(DB, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE);
  return done(request);
}

function idbStore(db: Promise<IDBDatabase>, fallback: HistoryStore): HistoryStore {
  const run = async <T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>) =>
    done(act((await db).transaction(STORE, mode).objectStore(STORE)));
  return {
    get: <T>(key: string) =>
      run("readonly", (s) => s.get(key)).then(
        (v) => v as T | undefined,
        () => fallback.get<T>(key),
      ),
    set: (key, value) =>
      run("readwrite", (s) => s.put(value, key)).then(
        () => undefined,
        () => fallback.set(key, value),
      ),
    clear: (prefix) =>
      Promise.all([
        run("readwrite", (s) => s.delete(IDBKeyRange.bound(prefix, `${prefix}\uffff`))).catch(() => undefined),
        fallback.clear(prefix),
      ]).then(() => undefined),
  };
}

let shared: HistoryStore | undefined;

/** The page's one history store: IndexedDB when it opens, else memory. */
export function historyStore(): HistoryStore {
  if (shared) return shared;
  const memory = memoryStore();
  try {
    shared = typeof indexedDB === "undefined" ? memory : idbStore(open(), memory);
  } catch {
    shared = memory; // indexedDB present but refused (some private modes throw on open)
  }
  return shared;
}
