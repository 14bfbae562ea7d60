export { AdvisorPage } from "./AdvisorPage.tsx";
export { AdvisorTab } from "./AdvisorTab.tsx";
