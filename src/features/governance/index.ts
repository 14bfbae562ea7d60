export { GovernancePage } from "./GovernancePage.tsx";
export { GovernanceTab } from "./GovernanceTab.tsx";
