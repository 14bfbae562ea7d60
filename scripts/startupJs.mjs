// The JavaScript a page downloads before anyone touches it: every script response from a cold
// browser profile until the load event, network idle and then 2 s without a new script, each
// counted at its gzip size: on a busy machine the entry's parsing can outlast Playwright's 500 ms
// of network idle before the route's own chunks are even asked for.
import { gzipSync } from "node:zlib";

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
