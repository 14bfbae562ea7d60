// Deploys an investment committee for one fund, owned by the fund's owner (its timelock).
// Governance then elects the members and sets the threshold (the dApp's committee template)
// and hands the fund to the committee (the manager template, "An investment committee").
//   FUND=0x… npx hardhat run contracts/scripts/deploy-committee.ts --network localhost
import hre from "hardhat";
import { getAddress, isAddress } from "viem";

const fund = process.env.FUND ?? "";
if (!isAddress(fund)) throw new Error("Set FUND to the fund's address.");
const { viem } = await hre.network.create(hre.globalOptions.network ?? "localhost");
const f = await viem.getContractAt("Fund", getAddress(fund));
const owner = await f.read.owner();
const committee = await viem.deployContract("FundCommittee", [f.address, owner]);
console.log(`FundCommittee ${committee.address} for ${await f.read.name()} (${f.address}), owned by ${owner}.`);
console.log("Next, by proposal: elect the members and set the threshold, then setManager(committee, 3).");
