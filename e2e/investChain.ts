// Chain reads and writes of the invest and portfolio specs: one investor's balances in one
// fund, read straight from the node.
import { encodeFunctionData, erc20Abi, type Address } from "viem";
import { abiOf } from "../src/chain/contracts.ts";
import { allFunds, client, rpc } from "./chain.ts";

export const fundAbi = abiOf("Fund");
export const splitterAbi = abiOf("FeeSplitter");
export const tokenAbi = abiOf("ManagerToken");

/** Hardhat dev account #4: an investor with USDC and shares, no manager tokens. */
export const INVESTOR: Address = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65";
/** Dev account #1: an investor who also holds manager tokens and has delegated. */
export const HOLDER: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

/** The first seeded fund (Evergreen Stable Yield, USDC). */
export async function usdcFund() {
  const [set] = await allFunds();
  const asset = await client.readContract({ address: set.fund, abi: fundAbi, functionName: "asset" });
  return { ...set, asset };
}

/** A seeded fund by name, with its asset. */
export async function fundByName(name: string) {
  for (const set of await allFunds()) {
    if ((await client.readContract({ address: set.fund, abi: fundAbi, functionName: "name" })) !== name) continue;
    const asset = await client.readContract({ address: set.fund, abi: fundAbi, functionName: "asset" });
    return { ...set, asset };
  }
  throw new Error(`no seeded fund named ${name}`);
}

/** `account`'s balance of each token (ERC-20s and LP tokens alike), in order. */
export async function tokenBalances(tokens: readonly Address[], account: Address) {
  return Promise.all(
    tokens.map((address) =>
      client.readContract({ address, abi: erc20Abi, functionName: "balanceOf", args: [account] }),
    ),
  );
}

export async function balances(fund: Address, asset: Address, account: Address, blockNumber?: bigint) {
  const at = blockNumber === undefined ? {} : { blockNumber };
  const [assets, shares, allowance] = await Promise.all([
    client.readContract({ address: asset, abi: erc20Abi, functionName: "balanceOf", args: [account], ...at }),
    client.readContract({ address: fund, abi: fundAbi, functionName: "balanceOf", args: [account], ...at }),
    client.readContract({ address: asset, abi: erc20Abi, functionName: "allowance", args: [account, fund], ...at }),
  ]);
  return { assets, shares, allowance };
}

/** Sends a call from an unlocked dev account, waits for it to succeed and returns its receipt. */
export async function sendAs(from: Address, to: Address, data: `0x${string}`) {
  const hash = await rpc<`0x${string}`>("eth_sendTransaction", [{ from, to, data }]);
  const receipt = await client.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") throw new Error(`call to ${to} reverted`);
  return receipt;
}

/** Deposits `assets` of the fund's asset for `account`, straight to the chain (approve, then deposit). */
export async function depositAs(account: Address, fund: Address, asset: Address, assets: bigint) {
  await sendAs(account, asset, encodeFunctionData({ abi: erc20Abi, functionName: "approve", args: [fund, assets] }));
  await sendAs(account, fund, encodeFunctionData({ abi: fundAbi, functionName: "deposit", args: [assets, account] }));
}
