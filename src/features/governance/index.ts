export { GovernancePage } from "./GovernancePage.tsx";
