export { CommitteeTab } from "./CommitteeTab.tsx";
