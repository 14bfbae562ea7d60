// Wraps a computation in a User Timing measure, so that a benchmark (or the browser's
// performance panel) sees how long it held the main thread; costs a timestamp.
export function timed<T>(name: string, run: () => T): T {
  const start = performance.now();
  try {
    return run();
  } finally {
    performance.measure(name, { start });
  }
}
