import { parseUnits, type Address } from "viem";
import { abiOf } from "../src/chain/contracts.ts";
import { money } from "../src/features/fund/format.ts";
import { client, fundAmounts, fundSummaries } from "./chain.ts";
import { expect, test } from "./fixtures/pageErrors.ts";

const fundAbi = abiOf(31337, "Fund");
const parse = (text: string, decimals: number) => parseUnits(text.replace(/[^\d.]/g, ""), decimals);

for (const name of ["Evergreen Stable Yield", "BTC/ETH Balanced"]) {
  test(`${name}: header, holdings, intrinsic values and deep-linked tabs`, async ({ page }) => {
    const f = (await fundSummaries()).find((s) => s.name.includes(name.split(" ")[0]) && s.name.includes(name.split(" ").at(-1)!));
    expect(f, name).toBeDefined();
    const fund = f!.address as Address;
    await page.goto(`/fund/${fund}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(f!.name);
    // Compare with the chain at the block the page read (the keeper keeps moving the feeds).
    const blockNumber = BigInt((await page.getByTestId("fund-header").getAttribute("data-block"))!);
    const amounts = await fundAmounts(fund, blockNumber);
    await expect(page.getByTestId("fund-nav")).toHaveText(money(amounts.navPerShare, amounts.decimals, amounts.symbol));
    await expect(page.getByTestId("fund-tvl")).toHaveText(money(amounts.tvl, amounts.decimals, amounts.symbol));

    await page.getByRole("tab", { name: "Holdings" }).click();
    const [holdings] = await client.readContract({ address: fund, abi: fundAbi, functionName: "holdings" });
    const shown = await page.getByTestId("holding-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-token")));
    expect(shown.sort()).toEqual(holdings.map((h) => h.token.toLowerCase()).sort());

    await page.getByRole("tab", { name: "Intrinsic values" }).click();
    // One read of the panel, so that all three come from the same render.
    const [nav, investor, manager] = (await page.getByTestId("panel-intrinsic").evaluate((el) =>
      ["iv-nav", "iv-investor", "iv-manager"].map((id) => el.querySelector(`[data-testid=${id}]`)!.textContent!),
    )).map((t) => parse(t, amounts.decimals));
    expect(nav).toBeGreaterThan(0n);
    expect(investor + manager).toBe(nav);
    await expect(page.getByText("How is this computed?")).toBeVisible();

    await page.goto(`/fund/${fund}?tab=fees`);
    await page.reload();
    await expect(page.getByRole("tab", { name: "Fees" })).toHaveAttribute("aria-selected", "true");
    await expect(page.getByTestId("panel-fees")).toContainText("High-water mark");
  });
}

test("an unknown address shows that there is no such fund", async ({ page }) => {
  await page.goto("/fund/0x000000000000000000000000000000000000dEaD");
  await expect(page.getByTestId("no-such-fund")).toBeVisible();
});

for (const [w, h] of [[1280, 800], [390, 844]] as const) {
  for (const scheme of ["light", "dark"] as const) {
    test(`screenshot ${w}x${h} ${scheme}`, async ({ page }) => {
      const [first] = await fundSummaries();
      await page.setViewportSize({ width: w, height: h });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/fund/${first.address}?tab=holdings`);
      await expect(page.getByTestId("holding-row").first()).toBeVisible();
      await page.screenshot({ path: `test-results/screenshots/fund-${w}-${scheme}.png`, fullPage: true });
    });
  }
}
