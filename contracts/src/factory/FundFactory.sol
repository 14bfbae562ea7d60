// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {Fund} from "../fund/Fund.sol";
import {ShareLedger} from "../fund/ShareLedger.sol";
import {Distributor} from "../periphery/Distributor.sol";
import {FundTypes} from "../fund/FundTypes.sol";
import {FundGovernor} from "../governance/FundGovernor.sol";
import {ManagerToken} from "../governance/ManagerToken.sol";
import {FundDeployer, GovernorDeployer, TimelockDeployer, TokenDeployer} from "./Deployers.sol";
import {AmmFactory} from "../amm/AmmFactory.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title FundFactory
/// @notice Creates complete fund sets (fund, manager token, fee splitter, governor, timelock,
/// contribution rewards) and is the registry the dApp lists funds from, in one call.
contract FundFactory {
    struct FundSet {
        address fund;
        address managerToken;
        address feeSplitter;
        address governor;
        address timelock;
        address contributionRewards;
        uint64 createdBlock;
    }

    struct GovernanceParams {
        string tokenName;
        string tokenSymbol;
        address[] holders; // initial manager-token allocation
        uint256[] amounts;
        uint48 votingDelay; // seconds
        uint32 votingPeriod; // seconds
        uint256 proposalThreshold;
        uint256 quorumPercent;
        uint256 timelockDelay; // seconds
        uint256 rewardsCap; // type(uint256).max: no cap on contribution rewards; 0 is refused
    }

    /// @notice Thrown when the initial allocation's lists differ in length.
    error LengthMismatch();
    /// @notice Thrown when the timelock delay is 0: governance decisions would take effect at once.
    error InvalidTimelockDelay(uint256 delay);
    /// @notice Thrown when the quorum is 0 or above 100 percent.
    error InvalidQuorum(uint256 quorumPercent);
    /// @notice Thrown when the voting delay is 0: votes would be bought in the block of a proposal.
    error InvalidVotingDelay(uint48 votingDelay);
    /// @notice Thrown when the voting period is 0.
    error InvalidVotingPeriod(uint32 votingPeriod);
    /// @notice Thrown when a fund is created with a committee as manager: the committee needs the
    /// fund's address, so governance hands the fund to it after creation (`Fund.setManager`).
    error CommitteeAfterCreation();

    /// @notice Emitted when a fund set was created.
    event FundCreated(
        uint256 indexed index,
        address indexed fund,
        address managerToken,
        address feeSplitter,
        address governor,
        address timelock,
        address contributionRewards
    );

    FundDeployer public immutable fundDeployer;
    GovernorDeployer public immutable governorDeployer;
    TimelockDeployer public immutable timelockDeployer;
    TokenDeployer public immutable tokenDeployer;
    /// @notice The project's AMM: funds trade and provide liquidity only in its pairs.
    AmmFactory public immutable amm;

    FundSet[] private _sets;
    /// @notice Index + 1 of a fund in the registry; 0 when unknown.
    mapping(address => uint256) public indexOf;
    /// @notice Who called `createFund` for a fund; the zero address when unknown. Periphery
    /// contracts (`StrategyRegistry`) give the creator rights before anyone holds shares.
    mapping(address fund => address) public creatorOf;

    constructor(FundDeployer f, GovernorDeployer g, TimelockDeployer t, TokenDeployer k, AmmFactory a) {
        (fundDeployer, governorDeployer, timelockDeployer, tokenDeployer, amm) = (f, g, t, k, a);
    }

    /// @notice Creates a fund set. `c.owner` is ignored (the new timelock owns the
    /// fund); with the governance mechanism the manager is the timelock too.
    function createFund(FundTypes.FundConfig memory c, GovernanceParams calldata g) external returns (FundSet memory s) {
        _validate(g);
        s.managerToken = tokenDeployer.deployToken(g.tokenName, g.tokenSymbol, address(this));
        s.timelock = timelockDeployer.deploy(g.timelockDelay, address(this));
        s.governor = _deployGovernor(c.name, s.managerToken, s.timelock, g);
        _handOverTimelock(TimelockController(payable(s.timelock)), s.governor);

        if (c.mechanism == FundTypes.Mechanism.Committee) revert CommitteeAfterCreation();
        c.owner = s.timelock;
        if (c.mechanism == FundTypes.Mechanism.Governance) c.manager = s.timelock;
        s.fund = fundDeployer.deploy(c.name, c.symbol, c.asset, address(this));
        (s.feeSplitter, s.contributionRewards) =
            tokenDeployer.deployPeriphery(s.fund, s.managerToken, s.timelock, g.rewardsCap);
        // Every fund gets its ledger before its first share exists; the fund never changes it.
        ShareLedger ledger = new ShareLedger(s.fund);
        Fund(s.fund).initialize(c, s.feeSplitter, address(amm), ledger, new Distributor(s.fund, ledger));

        ManagerToken token = ManagerToken(s.managerToken);
        for (uint256 i = 0; i < g.holders.length; ++i) {
            token.mint(g.holders[i], g.amounts[i]);
        }
        token.initialize(s.feeSplitter, s.contributionRewards);

        s.createdBlock = uint64(block.number);
        _sets.push(s);
        indexOf[s.fund] = _sets.length;
        creatorOf[s.fund] = msg.sender;
        emit FundCreated(_sets.length - 1, s.fund, s.managerToken, s.feeSplitter, s.governor, s.timelock, s.contributionRewards);
    }

    /// @notice Every fund set, in creation order.
    function allFunds() external view returns (FundSet[] memory) {
        return _sets;
    }

    /// @notice At most `count` fund sets from index `from`, in creation order (fewer at the end).
    function fundsPage(uint256 from, uint256 count) external view returns (FundSet[] memory page) {
        uint256 end = from >= _sets.length ? from : Math.min(_sets.length, from + count);
        page = new FundSet[](end - from);
        for (uint256 i = from; i < end; ++i) {
            page[i - from] = _sets[i];
        }
    }

    /// @notice Number of funds.
    function fundCount() external view returns (uint256) {
        return _sets.length;
    }

    /// @notice The fund set of `fund`.
    function fundSet(address fund) external view returns (FundSet memory) {
        return _sets[indexOf[fund] - 1];
    }

    function _validate(GovernanceParams calldata g) private pure {
        if (g.holders.length != g.amounts.length) revert LengthMismatch();
        if (g.timelockDelay == 0) revert InvalidTimelockDelay(g.timelockDelay);
        if (g.quorumPercent == 0 || g.quorumPercent > 100) revert InvalidQuorum(g.quorumPercent);
        if (g.votingDelay == 0) revert InvalidVotingDelay(g.votingDelay);
        if (g.votingPeriod == 0) revert InvalidVotingPeriod(g.votingPeriod);
    }

    function _deployGovernor(string memory name, address token, address timelock, GovernanceParams calldata g)
        private
        returns (address)
    {
        return governorDeployer.deploy(
            FundGovernor.Params({
                name: string.concat(name, " Governor"),
                token: IVotes(token),
                timelock: TimelockController(payable(timelock)),
                votingDelay: g.votingDelay,
                votingPeriod: g.votingPeriod,
                proposalThreshold: g.proposalThreshold,
                quorumPercent: g.quorumPercent
            })
        );
    }

    /// @dev The governor proposes and cancels; anyone executes; the factory gives up its admin role.
    function _handOverTimelock(TimelockController tl, address governor) private {
        tl.grantRole(tl.PROPOSER_ROLE(), governor);
        tl.grantRole(tl.CANCELLER_ROLE(), governor);
        tl.renounceRole(tl.DEFAULT_ADMIN_ROLE(), address(this));
    }
}
