export { DealsPage } from "./DealsPage.tsx";
export { DealsTab } from "./DealsTab.tsx";
