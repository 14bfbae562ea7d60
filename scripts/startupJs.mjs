// The JavaScript a page downloads before anyone touches it: every script response from a cold
// browser profile until the load event and network idle, each counted at its gzip size.
import { gzipSync } from "node:zlib";

/** @returns {Promise<{ total: number, files: { file: string, gz: number }[] }>} */
export async function startupJs(browser, url) {
  const context = await browser.newContext();
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
  await page.waitForLoadState("networkidle");
  const files = (await Promise.all(bodies)).sort((a, b) => b.gz - a.gz);
  await context.close();
  return { total: files.reduce((s, f) => s + f.gz, 0), files };
}
