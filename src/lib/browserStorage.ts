/** The browser's localStorage, or none where it is unavailable (private mode, blocked cookies, tests). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
