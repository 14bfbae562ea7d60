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
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";

/// @title FundFactory
/// @notice Creates complete fund sets and is the registry the dApp lists funds from. A fund set is
/// of one of two kinds (paper ch. 2.2–2.3): a managed fund (fund, manager token, fee splitter,
/// governor, timelock, contribution rewards) whose manager-token holders govern, or an
/// investor-governed fund (fund, governor, timelock) whose investors vote with their shares
/// through the fund's share ledger. An investor-governed set has no manager token, fee splitter
/// or contribution rewards: those addresses are zero in its record.
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

    /// @notice The governance of an investor-governed fund: its investors vote with their shares,
    /// once delegated on the fund's share ledger. Threshold in share units; quorum a percentage of
    /// the ledger's share supply at a proposal's snapshot.
    struct InvestorGovernanceParams {
        uint48 votingDelay; // seconds
        uint32 votingPeriod; // seconds
        uint256 proposalThreshold;
        uint256 quorumPercent;
        uint256 timelockDelay; // seconds
        /// Who receives the fee shares. Zero: the fund charges no management or performance fee,
        /// and fee shares governance may later decide on go to the fund's timelock (its investors').
        address feeRecipient;
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
    /// @notice Thrown when an investor-governed fund would charge a management or performance fee
    /// without naming who receives it.
    error FeesWithoutRecipient(uint16 managementBps, uint16 performanceBps);

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
    /// @notice The share ledger and distributor every fund gets a minimal-proxy clone of: a fund
    /// set in one transaction stays within a transaction's gas cap.
    address public immutable ledgerImplementation;
    address public immutable distributorImplementation;

    FundSet[] private _sets;
    /// @notice Index + 1 of a fund in the registry; 0 when unknown.
    mapping(address => uint256) public indexOf;
    /// @notice Who called `createFund` for a fund; the zero address when unknown. Periphery
    /// contracts (`StrategyRegistry`) give the creator rights before anyone holds shares.
    mapping(address fund => address) public creatorOf;

    constructor(FundDeployer f, GovernorDeployer g, TimelockDeployer t, TokenDeployer k, AmmFactory a) {
        (fundDeployer, governorDeployer, timelockDeployer, tokenDeployer, amm) = (f, g, t, k, a);
        ledgerImplementation = address(new ShareLedger());
        distributorImplementation = address(new Distributor());
    }

    /// @notice Creates a managed fund set. `c.owner` is ignored (the new timelock owns the
    /// fund); with the governance mechanism the manager is the timelock too.
    function createFund(FundTypes.FundConfig memory c, GovernanceParams calldata g) external returns (FundSet memory s) {
        if (g.holders.length != g.amounts.length) revert LengthMismatch();
        _validate(g.timelockDelay, g.quorumPercent, g.votingDelay, g.votingPeriod);
        s.managerToken = tokenDeployer.deployToken(g.tokenName, g.tokenSymbol, address(this));
        s.timelock = timelockDeployer.deploy(g.timelockDelay, address(this));
        s.governor = _deployGovernor(c.name, s.managerToken, s.timelock, g.votingDelay, g.votingPeriod, g.proposalThreshold, g.quorumPercent);
        _handOverTimelock(TimelockController(payable(s.timelock)), s.governor);

        s.fund = _deployFund(c, s.timelock);
        (s.feeSplitter, s.contributionRewards) =
            tokenDeployer.deployPeriphery(s.fund, s.managerToken, s.timelock, g.rewardsCap);
        // Every fund gets its ledger before its first share exists; the fund never changes it.
        ShareLedger ledger = _ledger(s.fund);
        Fund(s.fund).initialize(c, s.feeSplitter, address(amm), ledger, _distributor(s.fund, ledger));

        ManagerToken token = ManagerToken(s.managerToken);
        for (uint256 i = 0; i < g.holders.length; ++i) {
            token.mint(g.holders[i], g.amounts[i]);
        }
        token.initialize(s.feeSplitter, s.contributionRewards);
        _register(s);
    }

    /// @notice Creates an investor-governed fund set: no manager token, fee splitter or contribution
    /// rewards; the governor counts the votes investors delegated on the fund's share ledger. Fees
    /// go to `g.feeRecipient`, or are zero (`FeesWithoutRecipient` otherwise). `c.owner` is ignored
    /// (the new timelock owns the fund); with the governance mechanism the manager is the timelock too.
    function createInvestorFund(FundTypes.FundConfig memory c, InvestorGovernanceParams calldata g)
        external
        returns (FundSet memory s)
    {
        _validate(g.timelockDelay, g.quorumPercent, g.votingDelay, g.votingPeriod);
        if (g.feeRecipient == address(0) && (c.managementBps != 0 || c.performanceBps != 0)) {
            revert FeesWithoutRecipient(c.managementBps, c.performanceBps);
        }
        s.timelock = timelockDeployer.deploy(g.timelockDelay, address(this));
        s.fund = _deployFund(c, s.timelock);
        ShareLedger ledger = _ledger(s.fund);
        s.governor = _deployGovernor(c.name, address(ledger), s.timelock, g.votingDelay, g.votingPeriod, g.proposalThreshold, g.quorumPercent);
        _handOverTimelock(TimelockController(payable(s.timelock)), s.governor);
        // Fee shares need a receiver: minting to the zero address would revert every deposit and
        // redemption, so with no recipient named they go to the timelock, which the investors govern.
        address recipient = g.feeRecipient == address(0) ? s.timelock : g.feeRecipient;
        Fund(s.fund).initialize(c, recipient, address(amm), ledger, _distributor(s.fund, ledger));
        _register(s);
    }

    function _ledger(address fund) private returns (ShareLedger ledger) {
        ledger = ShareLedger(Clones.clone(ledgerImplementation));
        ledger.initialize(fund);
    }

    function _distributor(address fund, ShareLedger ledger) private returns (Distributor distributor) {
        distributor = Distributor(Clones.clone(distributorImplementation));
        distributor.initialize(fund, ledger);
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

    function _validate(uint256 timelockDelay, uint256 quorumPercent, uint48 votingDelay, uint32 votingPeriod)
        private
        pure
    {
        if (timelockDelay == 0) revert InvalidTimelockDelay(timelockDelay);
        if (quorumPercent == 0 || quorumPercent > 100) revert InvalidQuorum(quorumPercent);
        if (votingDelay == 0) revert InvalidVotingDelay(votingDelay);
        if (votingPeriod == 0) revert InvalidVotingPeriod(votingPeriod);
    }

    /// @dev Deploys the fund owned by `timelock`; a committee is appointed only after creation.
    function _deployFund(FundTypes.FundConfig memory c, address timelock) private returns (address) {
        if (c.mechanism == FundTypes.Mechanism.Committee) revert CommitteeAfterCreation();
        c.owner = timelock;
        if (c.mechanism == FundTypes.Mechanism.Governance) c.manager = timelock;
        return fundDeployer.deploy(c.name, c.symbol, c.asset, address(this));
    }

    function _register(FundSet memory s) private {
        s.createdBlock = uint64(block.number);
        _sets.push(s);
        indexOf[s.fund] = _sets.length;
        creatorOf[s.fund] = msg.sender;
        emit FundCreated(_sets.length - 1, s.fund, s.managerToken, s.feeSplitter, s.governor, s.timelock, s.contributionRewards);
    }

    function _deployGovernor(
        string memory name,
        address token,
        address timelock,
        uint48 votingDelay,
        uint32 votingPeriod,
        uint256 threshold,
        uint256 quorumPercent
    ) private returns (address) {
        return governorDeployer.deploy(
            FundGovernor.Params({
                name: string.concat(name, " Governor"),
                token: IVotes(token),
                timelock: TimelockController(payable(timelock)),
                votingDelay: votingDelay,
                votingPeriod: votingPeriod,
                proposalThreshold: threshold,
                quorumPercent: quorumPercent
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
