// What signing a permit calls, in a module of its own so that it loads when a permit is signed
// (parseSignature brings viem's secp256k1 along).
export { parseSignature } from "viem";
export { getBlock, readContract, signTypedData } from "wagmi/actions";
