export { ContributorsPage } from "./ContributorsPage.tsx";
export { ContributorsTab } from "./ContributorsTab.tsx";
