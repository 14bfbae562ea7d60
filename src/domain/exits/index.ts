export * from "./exits.ts";
export * from "./buybackRoom.ts";
export * from "./managerBuyback.ts";
