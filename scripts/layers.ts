// The layers of src/, as rules on imports: app → features → components/chain → domain → lib.
// A file imports its own layer or a lower one; features do not import each other (the app wires
// them through each feature's index.ts); domain stays free of React and of RPC clients, lib of
// RPC clients (its React hooks are the app's small shared ones: theme, denomination, slots).
import { dirname, join, normalize } from "node:path";

export type Layer = "app" | "features" | "components" | "chain" | "domain" | "lib";

/** What each layer may import, besides itself. components may read chain; chain never draws. */
const MAY_IMPORT: Record<Layer, Layer[]> = {
  app: ["features", "components", "chain", "domain", "lib"],
  features: ["components", "chain", "domain", "lib"],
  components: ["chain", "domain", "lib"],
  chain: ["domain", "lib"],
  domain: ["lib"],
  lib: [],
};
const RPC_CLIENTS = /^(wagmi|@wagmi\/|@tanstack\/|@rainbow-me\/)/;
const FRAMEWORK = /^(react|react-dom|recharts)(\/|$)|^(wagmi|@wagmi\/|@tanstack\/|@rainbow-me\/)/;

export function layerOf(path: string): { layer: Layer; feature?: string } | undefined {
  const parts = normalize(path).split("/");
  const i = parts.indexOf("src");
  const layer = parts[i + 1] as Layer;
  if (i < 0 || !(layer in MAY_IMPORT) || parts.length < i + 3) return undefined;
  return layer === "features" ? { layer, feature: parts[i + 2] } : { layer };
}

const SPECIFIERS = /(?:import|export)\s([^;]*?)from\s*"([^"]+)"|import\(\s*"([^"]+)"\s*\)|^import\s+"([^"]+)"/gm;

/** Every rule `source` (the text of the file at `path`) breaks, in words. */
export function layerViolations(path: string, source: string): string[] {
  const from = layerOf(path);
  if (!from) return [];
  const test = /\.test\.tsx?$/.test(path);
  const out: string[] = [];
  for (const m of source.matchAll(SPECIFIERS)) {
    const spec = m[2] ?? m[3] ?? m[4];
    const typeOnly = m[1]?.startsWith("type ") ?? false;
    if (!spec.startsWith(".")) {
      if (from.layer === "domain" && FRAMEWORK.test(spec))
        out.push(`${path}: domain imports ${spec}; it stays free of React and of RPC clients`);
      if (from.layer === "lib" && RPC_CLIENTS.test(spec))
        out.push(`${path}: lib imports ${spec}; it stays free of RPC clients`);
      continue;
    }
    const to = layerOf(join(dirname(path), spec));
    if (!to) continue;
    // A test may build its inputs from the generated ABIs of chain/, and any layer may type
    // its data by them (the generated deployment modules are data, not code that reads a chain).
    if (test && to.layer === "chain") continue;
    if (typeOnly && /\/chain\/deployments\//.test(join(dirname(path), spec))) continue;
    if (from.layer === "features" && to.layer === "features" && from.feature !== to.feature) {
      out.push(
        `${path}: imports ${spec}, another feature; features share code through components, chain, domain or lib`,
      );
    } else if (
      from.layer === "app" &&
      to.layer === "features" &&
      !/\/features\/[^/]+\/index\.tsx?$/.test(join(dirname(path), spec))
    ) {
      out.push(`${path}: imports ${spec}; the app takes a feature only through its index.ts`);
    } else if (to.layer !== from.layer && !MAY_IMPORT[from.layer].includes(to.layer)) {
      out.push(`${path}: ${from.layer} imports ${spec} (${to.layer}), a layer above it`);
    }
  }
  return out;
}
