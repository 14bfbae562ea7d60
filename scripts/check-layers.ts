// Fails when an import in src/ breaks the layers (see scripts/layers.ts): node scripts/check-layers.ts
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { layerViolations } from "./layers.ts";

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
const problems = files("src").flatMap((f) => layerViolations(f, readFileSync(f, "utf8")));
for (const p of problems) console.error(p);
console.log(
  problems.length ? `${problems.length} imports break the layers.` : "Every import in src/ keeps to the layers.",
);
process.exit(problems.length ? 1 : 0);
