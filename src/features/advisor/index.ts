export { AdvisorPage } from "./AdvisorPage.tsx";
