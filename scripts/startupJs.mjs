// The JavaScript a page downloads before anyone touches it: every script response from a cold
// browser profile until the load event, network idle and then 2 s without a new script, each
// counted at its gzip size: on a busy machine the entry's parsing can outlast Playwright's 500 ms
// of network idle before the route's own chunks are even asked for. What loads later only on
// intent or when scrolled into view (a tab's code, the invest panel below the fold on a phone)
// is not counted; what loads at idle would be.
import { gzipSync } from "node:zlib";
import { STARTUP_JS_TARGET_BYTES } from "./lighthouseFigures.ts";

const QUIET_MS = 2_000;

/** @returns {Promise<{ total: number, files: { file: string, gz: number }[] }>} */
export async function startupJs(browser, url, viewport) {
  const context = await browser.newContext(viewport ? { viewport, isMobile: true, hasTouch: true } : {});
  const page = await context.newPage();
  const bodies = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    const file = new URL(response.url()).pathname;
    bodies.push(
      response.body().then(
        (body) => ({ file, gz: gzipSync(body).length }),
        () => ({ file, gz: 0 }),
      ),
    );
  });
  await page.goto(url, { waitUntil: "load" });
  for (let seen = -1; seen !== bodies.length; ) {
    seen = bodies.length;
    await page.waitForLoadState("networkidle"); // at once after the first time
    await page.waitForTimeout(QUIET_MS);
  }
  const files = (await Promise.all(bodies)).sort((a, b) => b.gz - a.gz);
  await context.close();
  return { total: files.reduce((s, f) => s + f.gz, 0), files };
}

/** Where the budget is checked: a phone, as Lighthouse's mobile preset; a desktop's figure is printed beside it. */
export const PHONE = { width: 390, height: 844 };
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Measures each page cold at a phone's viewport and at a desktop's, prints the files, and records
 * the budget's verdict on the phone's figure with `target` (scripts/targets.mjs). On a desktop the
 * fund page's invest panel is beside the tabs, in view, and loads at once with the wallet layer;
 * on a phone it sits below the overview and loads as the page is scrolled to it.
 * @param {{ name: string, url: string }[]} pages
 */
export async function checkStartupJs(browser, pages, target) {
  const rows = [];
  for (const p of pages) {
    const phone = await startupJs(browser, p.url, PHONE);
    const desktop = await startupJs(browser, p.url);
    rows.push({ ...p, phone, desktop });
  }
  console.log(
    "\nJavaScript before the first interaction (cold visit, until load, network idle and 2 s quiet), gzip:\n",
  );
  console.table(
    rows.map((r) => ({
      page: r.name,
      "phone 390×844": `${kib(r.phone.total)} in ${r.phone.files.length} files`,
      "desktop 1280×720": `${kib(r.desktop.total)} in ${r.desktop.files.length} files`,
    })),
  );
  for (const r of rows) {
    console.log(`${r.name}, phone:`);
    console.table(r.phone.files.map((f) => ({ file: f.file, gzip: kib(f.gz) })));
  }
  // A missed budget names its largest files, where the bytes are.
  const largest = (files) =>
    files
      .slice(0, 4)
      .map((f) => `${f.file.replace(/^\/assets\//, "").replace(/-[\w-]{8}\.js$/, "")} ${kib(f.gz)}`)
      .join(", ");
  for (const r of rows)
    target(
      `JS before the first interaction ≤ ${kib(STARTUP_JS_TARGET_BYTES)} gzip, ${r.name} (phone; desktop ${kib(r.desktop.total)})`,
      r.phone.total <= STARTUP_JS_TARGET_BYTES,
      kib(r.phone.total),
      `largest: ${largest(r.phone.files)}`,
    );
  return rows;
}
