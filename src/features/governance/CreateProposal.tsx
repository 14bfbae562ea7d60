import { useMemo, useState } from "react";
import { useNavigate, useSearchParams } from "../../lib/router/index.ts";
import { AppLink } from "../../components/AppLink.tsx";
import { useCarry } from "../../lib/carriedSearch.ts";
import { useTransaction } from "../../chain/tx/index.ts";
import {
  TEMPLATE_LABEL,
  parseAddress,
  proposalId,
  strategyDescription,
  timelockManages,
  type TemplateId,
} from "../../domain/governance/index.ts";
import { decodeDraft } from "../../lib/rebalanceDraft.ts";
import { ActionList } from "./ActionList.tsx";
import { governorAbi } from "./chain/abis.ts";
import type { FundContext } from "./chain/readContext.ts";
import type { ProposalsRead } from "./chain/readProposals.ts";
import { dealProblem } from "./chain/readDeal.ts";
import { proposalPath, readRewardPrefill, tabPath } from "../../lib/governancePaths.ts";
import type { Address } from "viem";
import { deploymentOf, useAppChainId } from "../../chain/index.ts";
import { useDealPreview, useVaultPreview } from "./queries.ts";
import { buildTemplate, templateEnv } from "./templates/build.ts";
import { Field } from "../../components/Field.tsx";
import { initialForms, type Forms } from "./templates/forms.ts";
import { TemplateFields } from "./templates/TemplateFields.tsx";
import { ThresholdCheck, useThreshold } from "./ThresholdCheck.tsx";
import { busy, buttonClass, TxFeedback } from "./TxFeedback.tsx";

interface Props {
  ctx: FundContext;
  read: ProposalsRead;
}

const isTemplate = (t: string | null): t is TemplateId => t !== null && t in TEMPLATE_LABEL;

/** A proposal from a template: the form, the actions it would run in words, the threshold, send. */
export function CreateProposal({ ctx, read }: Props) {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const carry = useCarry();
  const draftText = params.get("draft");
  const draft = useMemo(() => (draftText === null ? undefined : decodeDraft(draftText)), [draftText]);
  const draftProblem =
    draftText === null
      ? undefined
      : !draft
        ? "The rebalance draft in this link is not valid: it was cut short or changed on the way. The " +
          "rebalance template below starts empty."
        : draft.fund.toLowerCase() !== ctx.set.fund.toLowerCase()
          ? "This rebalance draft was made for another fund, so it is not filled in here."
          : undefined;
  const requested = params.get("new");
  // An investor-governed fund has no contribution rewards (no manager token to award).
  const offered = (t: TemplateId) => !(t === "reward" && ctx.investorGoverned);
  const template: TemplateId =
    isTemplate(requested) && offered(requested) ? requested : draftText !== null ? "rebalance" : "guideline";
  const [forms, setForms] = useState<Forms>(() => {
    const f = initialForms(
      ctx,
      new Date(Number(read.now) * 1000).toISOString().slice(0, 10),
      draftProblem ? null : draft,
    );
    if (template === "reward") {
      // A link from a KOL's record (or elsewhere) may fill in the award and the proposal's text.
      const p = readRewardPrefill(params);
      return {
        ...f,
        reward: {
          ...f.reward,
          ...(p.contributor !== undefined && { contributor: p.contributor }),
          ...(p.category !== undefined && { category: String(p.category) }),
          ...(p.memo !== undefined && { memo: p.memo }),
        },
        title: p.title ?? f.title,
        body: p.body ?? f.body,
      };
    }
    return template === "strategy" ? { ...f, title: "Restate the strategy" } : f;
  });
  const [submitted, setSubmitted] = useState(false);
  const { state, run } = useTransaction();
  const threshold = useThreshold(ctx);

  const parsedDeal = template === "vam" ? parseAddress(forms.vam.deal) : undefined;
  const dealAddress = parsedDeal?.ok ? parsedDeal.value : undefined;
  const deal = useDealPreview(dealAddress);
  const dealCheck = dealAddress && deal.data ? dealProblem(deal.data.deal, ctx.set.fund, ctx.denomination) : undefined;
  const chainId = useAppChainId();
  const parsedVault = template === "vault" ? parseAddress(forms.vault.vault) : undefined;
  const vaultAddress = parsedVault?.ok ? parsedVault.value : undefined;
  const vaultRead = useVaultPreview(vaultAddress);
  const knownVaults = useMemo(() => {
    const contracts = deploymentOf(chainId).contracts as Record<string, { address: Address; artifact: string }>;
    return Object.entries(contracts)
      .filter(([, c]) => c.artifact === "YieldVault" || c.artifact === "LendingMarket")
      .map(([label, c]) => ({ value: c.address, label }));
  }, [chainId]);
  const guard = (deploymentOf(chainId).contracts as Record<string, { address: Address } | undefined>).VaultRateGuard
    ?.address;
  const vaultCheck = vaultRead.data
    ? "problem" in vaultRead.data
      ? vaultRead.data.problem
      : vaultRead.data
    : undefined;
  const env = useMemo(() => templateEnv(ctx), [ctx]);
  const built = buildTemplate(template, forms, env, ctx, dealCheck, { guard, check: vaultCheck });
  const titleError = !forms.title.trim()
    ? "Give the proposal a title."
    : forms.title.length > 120
      ? "At most 120 characters."
      : undefined;
  // A restatement's description quotes the new text, so that voters read the words they vote for.
  const description =
    template === "strategy"
      ? strategyDescription(forms.title, forms.body, forms.strategy.text)
      : `# ${forms.title.trim()}${forms.body.trim() ? `\n\n${forms.body.trim()}` : ""}`;
  const describe = useMemo(() => {
    const d = deal.data?.deal;
    const v = vaultRead.data && "asset" in vaultRead.data ? vaultRead.data : undefined;
    const withVault =
      v && vaultAddress
        ? {
            ...ctx.describe,
            tokens: new Map([...ctx.describe.tokens, ...v.tokens]),
            vaultAssets: new Map([[vaultAddress.toLowerCase(), v.asset]]),
          }
        : ctx.describe;
    if (!d || !dealAddress) return withVault;
    return {
      ...withVault,
      deals: new Map([...withVault.deals, [dealAddress.toLowerCase(), d]]),
      tokens: new Map([...withVault.tokens, ...deal.data!.tokens]),
    };
  }, [ctx.describe, deal.data, dealAddress, vaultRead.data, vaultAddress]);
  const show: Record<string, unknown> & { form?: string } = submitted && !built.ok ? built.errors : {};
  const waitingForDeal = !!dealAddress && deal.isFetching;

  const submit = async () => {
    setSubmitted(true);
    if (!built.ok || titleError || !threshold.enough || waitingForDeal) return;
    const actions = built.actions;
    const receipts = await run({
      title: "Create the proposal",
      steps: [
        {
          label: "Propose",
          request: {
            address: ctx.set.governor,
            abi: governorAbi,
            functionName: "propose",
            args: [
              actions.map((a) => a.target),
              actions.map((a) => a.value),
              actions.map((a) => a.calldata),
              description,
            ],
          },
        },
      ],
      messages: {
        GovernorUnexpectedProposalState: () =>
          "The same proposal, with the same description, exists already: change the title or description to " +
          "propose it again.",
      },
    });
    if (receipts) navigate(carry(proposalPath(ctx.set.fund, proposalId(actions, description))));
  };

  const select = (t: string) => {
    if (t === "strategy" && !forms.title.trim()) setForms({ ...forms, title: "Restate the strategy" });
    setParams(
      (p) => {
        p.set("new", t);
        return p;
      },
      { replace: true },
    );
  };
  return (
    <section aria-labelledby="create-title" data-testid="create-proposal" className="space-y-4">
      <AppLink to={tabPath(ctx.set.fund)} className="text-sm text-brand hover:underline">
        ← All proposals
      </AppLink>
      <h2 id="create-title" className="text-xl font-semibold">
        New proposal
      </h2>
      {draftProblem && (
        <p
          role="alert"
          data-testid="draft-problem"
          className="rounded-lg border border-danger/40 p-3 text-sm text-danger"
        >
          {draftProblem}
        </p>
      )}
      {draft && !draftProblem && (
        <p role="status" className="rounded-lg bg-muted p-3 text-sm">
          Filled in from the Advisor's rebalance draft: review every call before proposing.
        </p>
      )}
      <form
        noValidate
        className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="min-w-0 space-y-4">
          <Field
            label="Template"
            value={template}
            onChange={select}
            options={Object.entries(TEMPLATE_LABEL)
              .filter(([value]) => offered(value as TemplateId))
              .map(([value, label]) => ({ value, label }))}
          />
          {template === "rebalance" && !timelockManages(ctx.settings.manager, ctx.set) && (
            <p role="note" className="text-sm text-danger">
              This fund's manager is not its timelock, so a swap by proposal would fail: only the manager trades. Change
              the manager to governance first.
            </p>
          )}
          <TemplateFields
            template={template}
            forms={forms}
            setForms={setForms}
            errors={show}
            ctx={ctx}
            vault={{
              known: knownVaults,
              underlying: vaultCheck && typeof vaultCheck !== "string" ? vaultCheck.symbol : undefined,
            }}
            checkingDeal={!!waitingForDeal}
          />
          {show.form && (
            <p role="alert" className="text-sm text-danger">
              {show.form}
            </p>
          )}
          <Field
            label="Title"
            value={forms.title}
            onChange={(title) => setForms({ ...forms, title })}
            error={submitted ? titleError : undefined}
            placeholder="What the proposal does, in a line"
          />
          <Field
            label="Description (Markdown: headings, lists, links)"
            value={forms.body}
            onChange={(body) => setForms({ ...forms, body })}
            multiline
            placeholder="Why, and what was considered"
          />
        </div>
        <div className="min-w-0 space-y-4">
          <div className="rounded-xl border border-line bg-surface p-4">
            {built.ok ? (
              <ActionList actions={built.actions} ctx={describe} label="Preview: what executing it does" />
            ) : (
              <p className="text-sm text-subtle">The preview of the actions appears once the form is complete.</p>
            )}
          </div>
          <ThresholdCheck t={threshold} />
          <button type="submit" className={`${buttonClass} w-full`} disabled={busy(state) || !threshold.enough}>
            Propose
          </button>
          <TxFeedback state={state} />
        </div>
      </form>
    </section>
  );
}
