// A JSON-RPC proxy in front of a node that behaves like a public provider: eth_getLogs refused
// over a block range or a result count, HTTP 429 above a request rate, a fixed latency, and an
// occasional 503. Used by the tests and the bench to prove the app works under real limits.
// Run alone: node scripts/limitedRpc.ts [--target http://127.0.0.1:8545] [--port 8565]
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ProviderLimits {
  /** Widest eth_getLogs range, in blocks (inclusive). */
  maxLogBlocks: bigint;
  /** Most logs one eth_getLogs may return. */
  maxLogResults: number;
  /** HTTP requests per rolling second before answering 429. */
  ratePerSecond: number;
  /** Added to every answer. */
  latencyMs: number;
  /** Every n-th request that passes the rate limit gets an HTTP 503; 0 for never. */
  failEvery: number;
}

/** What public RPC endpoints commonly enforce. */
export const PUBLIC_LIMITS: ProviderLimits = {
  maxLogBlocks: 10_000n,
  maxLogResults: 10_000,
  ratePerSecond: 25,
  latencyMs: 80,
  failEvery: 50,
};

export interface ProviderStats {
  requests: number;
  rateLimited: number;
  failed: number;
  logRangesRefused: number;
  logResultsRefused: number;
  logsServed: number;
}

type Call = { jsonrpc?: string; id?: unknown; method: string; params?: unknown[] };
type Answer = { jsonrpc: "2.0"; id: unknown; result?: unknown; error?: { code: number; message: string } };
type LogFilter = { fromBlock?: string; toBlock?: string; blockHash?: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the proxy; `limits` is the proxy's own copy, which a test may tighten while it runs. */
export async function startLimitedRpc(target: string, given: ProviderLimits = PUBLIC_LIMITS, port = 0) {
  const limits = { ...given };
  const stats: ProviderStats = {
    requests: 0,
    rateLimited: 0,
    failed: 0,
    logRangesRefused: 0,
    logResultsRefused: 0,
    logsServed: 0,
  };
  const recent: number[] = [];
  let passed = 0;

  const forward = async (call: Call): Promise<Answer> => {
    const res = await fetch(target, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(call),
    });
    return (await res.json()) as Answer;
  };
  const blockOf = async (tag: string | undefined, id: unknown): Promise<bigint> => {
    if (tag?.startsWith("0x")) return BigInt(tag);
    if (tag === "earliest") return 0n;
    const latest = await forward({ jsonrpc: "2.0", id, method: "eth_blockNumber", params: [] });
    return BigInt(latest.result as string);
  };
  const refuse = (id: unknown, message: string): Answer => ({ jsonrpc: "2.0", id, error: { code: -32005, message } });

  const answer = async (call: Call): Promise<Answer> => {
    if (call.method !== "eth_getLogs") return forward(call);
    const filter = (call.params?.[0] ?? {}) as LogFilter;
    if (!filter.blockHash) {
      const [from, to] = await Promise.all([blockOf(filter.fromBlock, call.id), blockOf(filter.toBlock, call.id)]);
      if (to - from + 1n > limits.maxLogBlocks) {
        stats.logRangesRefused++;
        return refuse(call.id, `query exceeds max block range ${limits.maxLogBlocks}`);
      }
    }
    const out = await forward(call);
    if (Array.isArray(out.result) && out.result.length > limits.maxLogResults) {
      stats.logResultsRefused++;
      return refuse(call.id, `query returned more than ${limits.maxLogResults} results`);
    }
    if (Array.isArray(out.result)) stats.logsServed += out.result.length;
    return out;
  };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", "access-control-allow-origin": "*", ...headers });
    res.end(JSON.stringify(body));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        "access-control-allow-origin": "*",
        "access-control-allow-headers": "content-type",
        "access-control-allow-methods": "POST",
      });
      return res.end();
    }
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    stats.requests++;
    const now = Date.now();
    while (recent.length && recent[0] <= now - 1000) recent.shift();
    await sleep(limits.latencyMs);
    if (recent.length >= limits.ratePerSecond) {
      stats.rateLimited++;
      return send(
        res,
        429,
        { jsonrpc: "2.0", id: null, error: { code: 429, message: "Too Many Requests" } },
        { "retry-after": "1" },
      );
    }
    recent.push(now);
    if (limits.failEvery > 0 && ++passed % limits.failEvery === 0) {
      stats.failed++;
      return send(res, 503, { jsonrpc: "2.0", id: null, error: { code: -32603, message: "Service Unavailable" } });
    }
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString()) as Call | Call[];
      send(res, 200, Array.isArray(body) ? await Promise.all(body.map(answer)) : await answer(body));
    } catch (error) {
      send(res, 502, {
        jsonrpc: "2.0",
        id: null,
        error: { code: -32603, message: `upstream: ${(error as Error).message}` },
      });
    }
  };

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { url, stats, limits, close };
}
export type LimitedRpc = Awaited<ReturnType<typeof startLimitedRpc>>;

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const target = arg("target") ?? process.env.EVERGREEN_LOCAL_RPC ?? "http://127.0.0.1:8545";
  const rpc = await startLimitedRpc(target, PUBLIC_LIMITS, Number(arg("port") ?? 8565));
  console.log(`A provider with public limits at ${rpc.url}, in front of ${target}:`, PUBLIC_LIMITS);
}
