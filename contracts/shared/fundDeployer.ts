// Deploys the fund's creation code into two code stores and the FundDeployer bound to them, and
// checks that the deployer holds exactly the compiled Fund (its `fundCodeHash`).
import { keccak256, type Address } from "viem";
import { halves, linkBytecode } from "./link.ts";

type Deployed = { address: Address; read: { fundCodeHash: () => Promise<`0x${string}`> } };
type Viem = { deployContract: (name: never, args?: never, config?: never) => Promise<unknown> };

export async function deployFundDeployer(
  viem: Viem,
  readArtifact: (name: string) => Promise<{ bytecode: string; linkReferences?: unknown }>,
  libraries: Record<string, Address>,
  onDeployed: (label: string, address: Address) => void = () => {},
): Promise<Deployed> {
  const code = linkBytecode((await readArtifact("Fund")) as Parameters<typeof linkBytecode>[0], libraries);
  const parts: Address[] = [];
  for (const [i, part] of halves(code).entries()) {
    const store = (await viem.deployContract("CodeStore" as never, [part] as never)) as { address: Address };
    onDeployed(`FundCode${i}`, store.address);
    parts.push(store.address);
  }
  const deployer = (await viem.deployContract("FundDeployer" as never, parts as never)) as Deployed;
  onDeployed("FundDeployer", deployer.address);
  const hash = await deployer.read.fundCodeHash();
  if (hash !== keccak256(code)) throw new Error(`FundDeployer holds other code than Fund: ${hash}`);
  return deployer;
}
