export { PicksPage } from "./PicksPage.tsx";
