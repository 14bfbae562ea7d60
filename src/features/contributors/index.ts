export { ContributorsPage } from "./ContributorsPage.tsx";
