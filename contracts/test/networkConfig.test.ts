// The network config that deploy:remote reads: every field checked, and the shipped Sepolia
// config valid as it stands.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parseNetworkConfig } from "../scripts/networkConfig.ts";

const sepolia = JSON.parse(readFileSync("contracts/networks/sepolia.json", "utf8"));

describe("parseNetworkConfig", () => {
  it("accepts the Sepolia config with its Chainlink feeds, checksummed", () => {
    const c = parseNetworkConfig(sepolia, 11155111);
    assert.deepEqual(
      c.assets.map((a) => a.symbol),
      ["USDC", "WETH", "LINK"],
    );
    assert.equal(c.assets[1].feed, "0x694AA1769357215DE4FAC081bf1f309aDC325306");
    assert.equal(c.sequencerUptimeFeed, undefined);
  });
  it("refuses a config for another chain", () => {
    assert.throws(() => parseNetworkConfig(sepolia, 1), /the config is for 11155111, the RPC serves 1/);
  });
  it("names the field that is wrong", () => {
    const asset = sepolia.assets[0];
    const cases: [object, RegExp][] = [
      [{ ...sepolia, assets: [] }, /assets: at least one/],
      [{ ...sepolia, assets: [{ ...asset, feed: 42 }] }, /assets\[0\]\.feed/],
      [
        { ...sepolia, assets: [{ ...asset, token: "0x694AA1769357215DE4FAC081bf1f309aDC325307" }] },
        /assets\[0\]\.token: .* is not an address/,
      ],
      [{ ...sepolia, assets: [{ ...asset, heartbeat: 0 }] }, /assets\[0\]\.heartbeat/],
      [{ ...sepolia, assets: [asset, asset] }, /USDC is listed twice/],
      [{ ...sepolia, assets: [{ ...asset, symbol: "usd coin" }] }, /assets\[0\]\.symbol/],
      [{ ...sepolia, sequencerUptimeFeed: "nope" }, /sequencerUptimeFeed/],
      [{ ...sepolia, sequencerUptimeFeed: asset.feed, sequencerGracePeriod: 0 }, /sequencerGracePeriod/],
    ];
    for (const [config, message] of cases) assert.throws(() => parseNetworkConfig(config, 11155111), message);
  });
});
