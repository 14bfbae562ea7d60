// The KOL journey with the test wallet: publish a pick, watch its record move with a price round
// on its feed, and propose the KOL's reward from the record (the contribution-rewards template,
// category KOL, the record linked); and the Picks page's seeded leaderboard and filters.
import { createWalletClient, getAddress, http, parseAbi, toHex, type Address } from "viem";
import { abiOf, contractOf } from "../src/chain/contracts.ts";
import { client, feedRound, pauseKeeper, rpcUrl } from "./chain.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { installTestWallet } from "./fixtures/wallet.ts";
import { expectFits } from "./fixtures/fits.ts";
import { pickReturnBps } from "../src/domain/picks/index.ts";
import { returnText } from "../src/features/picks/format.ts";

test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

// Dev account #9, the seeded founder: it holds votes in every fund, so it may propose.
const FOUNDER = getAddress("0xa0Ee7A142d267C1f36714E4a8F75612F20a79720");
const KEEPER = getAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
const fundAbi = abiOf("Fund");
const registry = contractOf(31337, "PickRegistry");
const aggregatorAbi = parseAbi(["function pushAnswer(int256 answer)"]);
const wallet = createWalletClient({ transport: http(rpcUrl) });

async function fundNamed(name: string) {
  const sets = await client.readContract({ ...contractOf(31337, "FundFactory"), functionName: "allFunds" });
  for (const s of sets)
    if ((await client.readContract({ address: s.fund, abi: fundAbi, functionName: "name" })) === name) return s.fund;
  throw new Error(`no fund ${name}`);
}

/** Pushes a new round on `token`'s feed in `fund`, `bps` above its last answer; the keeper (the feeds' owner) pays. */
async function movePrice(fund: Address, token: Address, bps: bigint) {
  const { aggregator, answer } = await feedRound(fund, token);
  await client.request({ method: "hardhat_setBalance", params: [KEEPER, toHex(10n ** 18n)] } as never);
  const hash = await wallet.writeContract({
    account: KEEPER,
    chain: null,
    address: aggregator,
    abi: aggregatorAbi,
    functionName: "pushAnswer",
    args: [(answer * (10_000n + bps)) / 10_000n],
  });
  await client.waitForTransactionReceipt({ hash });
  await pauseKeeper();
  return [answer, (answer * (10_000n + bps)) / 10_000n] as const;
}

test("publish a pick, see its record move with a price round, and propose the KOL's reward from it", async ({
  page,
}) => {
  // The keeper pushes rounds too: held off, so that the only new round is the test's own.
  await pauseKeeper();
  const defi = await fundNamed("DeFi Blue Chips");
  const link = contractOf(31337, "LINK").address;
  await installTestWallet(page, { account: FOUNDER, authorized: true });
  await page.goto("/picks");
  await expect(page.getByTestId("kol-row").first()).toBeVisible();

  const form = page.getByTestId("publish-pick");
  // Field-level checks before anything is sent, keeping what was typed.
  await form.getByTestId("publish-thesis").fill("x".repeat(281));
  await form.getByTestId("publish-submit").click();
  await expect(form.getByText("At most 280 bytes (this is 281)")).toBeVisible();
  await expect(form.getByTestId("publish-thesis")).toHaveValue("x".repeat(281));

  // A deal pick on an address that is no deal: refused by the registry, said in words, the input kept.
  await form.getByTestId("publish-kind").selectOption("deal");
  await form.getByTestId("publish-deal").fill(link);
  await form.getByTestId("publish-thesis").fill("Not a deal.");
  await form.getByTestId("publish-submit").click();
  await expect(form.getByTestId("publish-error")).toContainText("That address is not a VAM deal.");
  await expect(form.getByTestId("publish-deal")).toHaveValue(link);
  await form.getByTestId("publish-kind").selectOption("asset");

  await form.getByTestId("publish-fund").selectOption({ label: "DeFi Blue Chips" });
  await form.getByTestId("publish-asset").selectOption({ label: "LINK" });
  await form.getByTestId("publish-thesis").fill("LINK: staking locks supply.");
  const id = await client.readContract({ ...registry, functionName: "pickCount" });
  await form.getByTestId("publish-submit").click();
  await expect(form.getByTestId("publish-done")).toBeVisible();
  const stored = await client.readContract({ ...registry, functionName: "pick", args: [id] });
  expect([getAddress(stored.author), getAddress(stored.subject), stored.thesis]).toEqual([
    FOUNDER,
    getAddress(link),
    "LINK: staking locks supply.",
  ]);

  const card = page.locator(`[data-testid=pick][data-pick="${id}"]`);
  await expect(card.getByTestId("pick-return")).toHaveText("0.00%");
  const [p0, p1] = await movePrice(defi, link, 1_000n);
  // +10 % on the feed, as the page must compute it: from the round in force at the pick's time.
  const expected = returnText(
    pickReturnBps(
      0,
      0n,
      [
        { answer: p0, updatedAt: 0n },
        { answer: p1, updatedAt: 1n },
      ],
      1n,
    ),
  );
  expect(expected).toMatch(/^\+(9\.99|10\.00)%$/);
  await page.reload();
  await expect(card.getByTestId("pick-return")).toHaveText(expected);

  // The KOL's record, then the reward proposal it opens.
  await card.getByRole("link", { name: /^0xa0Ee/ }).click();
  await expect(page).toHaveURL(new RegExp(`/picks\\?kol=${FOUNDER.toLowerCase()}`));
  const row = page.locator(`[data-testid=kol-row][data-kol="${FOUNDER.toLowerCase()}"]`);
  await expect(row.getByTestId("kol-average")).toHaveText(expected);
  await row.getByTestId("propose-reward").click();
  await expect(page).toHaveURL(new RegExp(`/fund/${defi.toLowerCase()}\\?tab=governance&new=reward`, "i"));
  const proposal = page.getByTestId("create-proposal");
  await expect(proposal.getByLabel("Category")).toHaveValue("6");
  await expect(proposal.getByLabel("Contributor's address")).toHaveValue(FOUNDER);
  await expect(proposal.getByLabel("Memo")).toHaveValue(new RegExp(`/picks\\?kol=${FOUNDER.toLowerCase()}`));
  await proposal.getByLabel(/^Manager tokens/).fill("5000");
  await proposal.getByRole("button", { name: "Propose" }).click();
  const detail = page.getByTestId("proposal-detail");
  await expect(detail).toContainText("decision support (KOL)");
  await expect(detail).toContainText(`/picks?kol=${FOUNDER.toLowerCase()}`);
});

test("the seeded leaderboard: five KOLs, picks acted on by funds, one on a deal, filters kept in the URL", async ({
  page,
}) => {
  await page.goto("/picks");
  await expect(page.getByTestId("kol-row")).toHaveCount(5);
  const acted = page.getByTestId("pick-acted").filter({ hasText: "Acted on" });
  await expect(acted.first()).toBeVisible();
  expect(await acted.count()).toBeGreaterThanOrEqual(3);
  await expect(page.getByTestId("pick").filter({ hasText: "Join HLX deal" })).toContainText("approved on");

  await page.getByTestId("filter-asset").selectOption({ label: "UNI" });
  await expect(page).toHaveURL(/asset=0x/);
  await expect(page.getByTestId("pick")).toHaveCount(3);
  await page.reload();
  await expect(page.getByTestId("pick")).toHaveCount(3);
  await expect(page.getByTestId("filter-asset")).toHaveValue(/0x/);

  await page.setViewportSize({ width: 390, height: 800 });
  await expectFits(page, 390);
});

test("a chain where nobody published a pick says so, and still offers the publish form", async ({ page }) => {
  await page.goto("/picks?chain=local-2");
  await expect(page.getByText("No pick published yet")).toBeVisible();
  await expect(page.getByText("No KOL here yet")).toBeVisible();
  await expect(page.getByTestId("publish-pick")).toBeVisible();
});
