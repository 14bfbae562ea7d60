export { InvestPanel } from "./InvestPanel.tsx";
