// Every custom error any Evergreen contract (or the OpenZeppelin code inside it) can raise,
// collected by the deploy script, so a revert from a nested call decodes as well as a direct one.
export { evergreenErrorAbi } from "../deployments/abis/errors.ts";
