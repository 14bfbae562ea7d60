// Publishing a pick from the connected wallet: the fields keep what was typed, each says why it
// cannot be sent, and a refusal by the registry is explained in words. The time is the block's.
import { useState } from "react";
import { useAccount } from "../../chain/account.ts";
import { contractAt, useAppChainId } from "../../chain/index.ts";
import { pickRegistryAbi } from "../../chain/deployments/abis/PickRegistry.ts";
import { useTransaction } from "../../chain/tx/index.ts";
import { useOpenConnectModal } from "../../lib/connectModal.ts";
import { nameOf } from "../../chain/tx/index.ts";
import { byteLength, checkPublish, emptyPublishForm, MAX_THESIS, type PublishForm } from "./publishForm.ts";
import { Field } from "../../components/Field.tsx";
import type { PickFund } from "./readPicks.ts";

const PROGRESS = {
  simulating: "Checking on the chain…",
  signing: "Confirm in your wallet…",
  pending: "Waiting for the block…",
};

const MESSAGES = {
  UnknownFund: ([fund]: readonly unknown[]) => `${nameOf(fund)} is not a fund of this app's factory.`,
  AssetNotListed: ([fund, asset]: readonly unknown[]) =>
    `${nameOf(fund)} does not list ${nameOf(asset)}, so no feed of its governance prices it.`,
  NotADeal: () => "That address is not a VAM deal.",
  DealIsLongOnly: () => "A deal can only be recommended for joining.",
  ThesisTooLong: ([len, max]: readonly unknown[]) => `The thesis is ${len} bytes; at most ${max}.`,
  UriTooLong: ([len, max]: readonly unknown[]) => `The link is ${len} bytes; at most ${max}.`,
  HashWithoutUri: () => "A content hash and its link go together.",
  EmptyThesis: () => "Write a thesis or link one.",
};

export function PublishPanel({ funds }: { funds: readonly PickFund[] }) {
  const chainId = useAppChainId();
  const { isConnected } = useAccount();
  const openConnect = useOpenConnectModal();
  const [form, setForm] = useState<PublishForm>(() => ({ ...emptyPublishForm, fund: funds[0]?.address ?? "" }));
  const [submitted, setSubmitted] = useState(false);
  const { state, run } = useTransaction();
  const fund = funds.find((f) => f.address.toLowerCase() === form.fund.toLowerCase());
  const listed = (f: string, a: string) =>
    !!funds
      .find((x) => x.address.toLowerCase() === f.toLowerCase())
      ?.assets.some((x) => x.address.toLowerCase() === a.toLowerCase());
  const checked = checkPublish(form, listed);
  const errors = submitted && !checked.ok ? checked.errors : {};
  const set = (k: keyof PublishForm) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const busy = state.status === "simulating" || state.status === "signing" || state.status === "pending";

  const submit = async () => {
    setSubmitted(true);
    if (!checked.ok) return;
    if (!isConnected) return openConnect?.();
    const receipts = await run({
      title: "Publish the pick",
      steps: [
        {
          label: "Publish",
          request: {
            ...contractAt(chainId, "PickRegistry", pickRegistryAbi),
            functionName: "publish",
            args: [checked.input],
          },
        },
      ],
      messages: MESSAGES,
    });
    if (receipts) {
      setForm((f) => ({ ...f, thesis: "", uri: "", contentHash: "" }));
      setSubmitted(false);
    }
  };

  return (
    <form
      aria-labelledby="publish-title"
      className="space-y-3 rounded-xl border border-line bg-surface p-4"
      data-testid="publish-pick"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="publish-title" className="font-semibold">
        Publish a pick
      </h2>
      <p className="text-xs text-subtle">
        On the record for good, stamped with the block's time. An asset pick is judged by the feed of a fund that lists
        the asset.
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          label="About"
          value={form.kind}
          onChange={set("kind")}
          options={[
            { value: "asset", label: "An asset" },
            { value: "deal", label: "A VAM deal" },
          ]}
          testId="publish-kind"
        />
        <Field
          label="Direction"
          value={form.direction}
          onChange={set("direction")}
          error={errors.direction}
          options={[
            { value: "long", label: form.kind === "deal" ? "Join (long)" : "Long: it will rise" },
            { value: "short", label: "Short: it will fall" },
          ]}
          testId="publish-direction"
        />
        {form.kind === "asset" ? (
          <>
            <Field
              label="Fund"
              value={form.fund}
              onChange={(v) => setForm((f) => ({ ...f, fund: v, asset: "" }))}
              error={errors.fund}
              options={funds.map((f) => ({ value: f.address, label: f.name }))}
              testId="publish-fund"
            />
            <Field
              label="Asset"
              value={form.asset}
              onChange={set("asset")}
              error={errors.asset}
              options={(fund?.assets ?? []).map((a) => ({ value: a.address, label: a.symbol }))}
              testId="publish-asset"
            />
          </>
        ) : (
          <Field
            label="Deal address"
            value={form.deal}
            onChange={set("deal")}
            error={errors.deal}
            placeholder="0x…"
            mono
            testId="publish-deal"
          />
        )}
      </div>
      <Field
        label="Thesis"
        value={form.thesis}
        onChange={set("thesis")}
        error={errors.thesis}
        multiline
        rows={3}
        hint={`${byteLength(form.thesis.trim())} of ${MAX_THESIS} bytes.`}
        testId="publish-thesis"
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          label="Link to a longer thesis (optional)"
          value={form.uri}
          onChange={set("uri")}
          error={errors.uri}
          placeholder="ipfs://…"
        />
        <Field
          label="Its content hash"
          value={form.contentHash}
          onChange={set("contentHash")}
          error={errors.contentHash}
          placeholder="0x… (32 bytes)"
          mono
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={busy}
          aria-busy={busy}
          data-testid="publish-submit"
          className="min-h-9 rounded-lg bg-brand px-4 py-2 text-sm font-medium text-brand-fg hover:opacity-90 disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
        >
          {isConnected ? "Publish" : "Connect a wallet to publish"}
        </button>
        {busy && (
          <p role="status" className="text-xs text-subtle">
            {PROGRESS[state.status as keyof typeof PROGRESS]}
          </p>
        )}
        {state.status === "confirmed" && (
          <p role="status" className="text-xs text-brand" data-testid="publish-done">
            Published.
          </p>
        )}
        {state.status === "failed" && state.error && (
          <p role="alert" className="max-w-prose text-xs text-danger" data-testid="publish-error">
            {state.error.message}
          </p>
        )}
      </div>
    </form>
  );
}
