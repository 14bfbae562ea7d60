// The wallet actions the runner calls, in a module of their own so that they load with the
// first transaction (a dynamic import of wagmi/actions itself would bring every action along).
export {
  getAccount,
  sendCalls,
  simulateContract,
  waitForCallsStatus,
  waitForTransactionReceipt,
  writeContract,
} from "wagmi/actions";
