export { Exits } from "./Exits.tsx";
