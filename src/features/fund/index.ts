export { FundPage } from "./FundPage.tsx";
