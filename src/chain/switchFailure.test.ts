import { UserRejectedRequestError } from "viem";
import { describe, expect, it } from "vitest";
import { switchFailure } from "./switchFailure.ts";

const chain = { id: 31337, name: "Evergreen Local" };
const URL = "http://127.0.0.1:8545";

describe("switchFailure", () => {
  it("tells a wallet that cannot add the network how to add it by hand", () => {
    const cause = Object.assign(new Error("The method wallet_addEthereumChain does not exist"), { code: -32601 });
    expect(switchFailure(new UserRejectedRequestError(cause), chain, URL)).toBe(
      "Your wallet did not switch to Evergreen Local. Add the network to it by hand (network name Evergreen " +
        "Local, RPC URL http://127.0.0.1:8545, chain ID 31337, currency ETH), then switch to it.",
    );
  });

  it("says the user declined, and still how to add it", () => {
    const cause = Object.assign(new Error("User rejected the request."), { code: 4001 });
    expect(switchFailure(new UserRejectedRequestError(cause), chain, URL)).toMatch(
      /^You declined in your wallet\. To use Evergreen Local, switch again, or add the network to it by hand \(/,
    );
  });
});
