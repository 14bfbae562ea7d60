// The child processes a measuring script starts (a world, a preview server): started until they
// say they are ready, and all stopped when the script ends or is interrupted.
import { spawn } from "node:child_process";

export function children(env) {
  const running = [];

  function stopAll() {
    for (const p of running.reverse()) if (p.exitCode === null) p.kill("SIGTERM");
  }
  process.on("SIGINT", () => {
    stopAll();
    process.exit(130);
  });

  /** Runs until `marker` appears in the output; the process keeps running. */
  function startUntil(cmd, args, marker, timeoutMs) {
    const p = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    running.push(p);
    return new Promise((resolve, reject) => {
      let out = "";
      const timer = setTimeout(
        () =>
          reject(
            new Error(`${cmd} ${args.join(" ")}: no "${marker}" within ${timeoutMs / 1000} s\n${out.slice(-2000)}`),
          ),
        timeoutMs,
      );
      const onData = (d) => {
        out += d;
        if (out.includes(marker)) {
          clearTimeout(timer);
          resolve(p);
        }
      };
      p.stdout.on("data", onData);
      p.stderr.on("data", onData);
      p.on("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`${cmd} exited (${code}) before "${marker}"\n${out.slice(-2000)}`));
      });
    });
  }

  return { startUntil, stopAll };
}
