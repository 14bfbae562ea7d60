export * from "./exits.ts";
export * from "./buybackRoom.ts";
