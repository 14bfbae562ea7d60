import { BrowserRouter, Route, Routes } from "react-router";
import { DiscoverPage } from "../features/discover/index.ts";
import { AppHeader } from "./AppHeader.tsx";

export function App() {
  return (
    <BrowserRouter>
      <AppHeader />
      <main className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
        <Routes>
          <Route path="/" element={<DiscoverPage />} />
        </Routes>
      </main>
    </BrowserRouter>
  );
}
