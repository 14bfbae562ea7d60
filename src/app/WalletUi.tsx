import { darkTheme, lightTheme, RainbowKitProvider, type DisclaimerComponent } from "@rainbow-me/rainbowkit";
import "@rainbow-me/rainbowkit/styles.css";
import { config } from "../chain/config.ts";
import { registerWallets, walletConnectProjectId } from "../chain/wallets.ts";
import { WalletScope } from "../components/WalletScope.tsx";
import { useTheme } from "../lib/theme.ts";
import { AccountButton } from "./AccountButton.tsx";

void registerWallets(config);

// Matches --color-brand of src/index.css in each scheme.
const themes = {
  light: lightTheme({ accentColor: "#15803d", accentColorForeground: "#ffffff", borderRadius: "medium" }),
  dark: darkTheme({ accentColor: "#4ade80", accentColorForeground: "#0c1210", borderRadius: "medium" }),
};

const Disclaimer: DisclaimerComponent = ({ Text }) => (
  <Text>
    {walletConnectProjectId
      ? "Mobile wallets connect over WalletConnect."
      : "This site connects browser wallets only: mobile wallets over WalletConnect are not set up here."}
  </Text>
);

/** RainbowKit's provider and the account button, loaded on demand by WalletButton with the wallet layer. */
export default function WalletUi({ connected }: { connected: boolean }) {
  const { scheme } = useTheme();
  return (
    <WalletScope>
      <RainbowKitProvider
        theme={themes[scheme]}
        appInfo={{ appName: "Evergreen", disclaimer: Disclaimer }}
        modalSize="compact"
      >
        <AccountButton connected={connected} />
      </RainbowKitProvider>
    </WalletScope>
  );
}
