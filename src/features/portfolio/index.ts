export { PortfolioPage } from "./PortfolioPage.tsx";
