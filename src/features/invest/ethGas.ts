// The fee estimate behind Max in ether, loaded when Max is pressed (not with the panel).
export { estimateFeesPerGas } from "wagmi/actions";
