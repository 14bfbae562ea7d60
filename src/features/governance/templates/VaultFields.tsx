import type { Errors, VaultForm } from "../../../domain/governance/index.ts";
import { Field } from "../../../components/Field.tsx";

interface Props {
  form: VaultForm;
  set: (f: VaultForm) => void;
  errors: Errors<VaultForm>;
  /** The network's known vaults, to pick from (any other address can be typed). */
  known: { value: string; label: string }[];
  /** What the vault holds, once read. */
  underlying?: string;
  timelockManages: boolean;
}

export function VaultFields({ form, set, errors, known, underlying, timelockManages }: Props) {
  return (
    <>
      <Field
        label="Vault contract address"
        value={form.vault}
        onChange={(vault) => set({ ...form, vault })}
        error={errors.vault}
        mono
        placeholder="0x…"
        hint={
          underlying
            ? `An ERC-4626 vault of ${underlying}: its shares are valued at its exchange rate and count toward ${underlying}'s weight.`
            : known.length
              ? `Known on this network: ${known.map((k) => `${k.label} ${k.value}`).join(", ")}.`
              : "An ERC-4626 vault whose asset the fund lists."
        }
      />
      <Field
        label="Largest rate move before priced operations stop (%)"
        value={form.maxMove}
        onChange={(maxMove) => set({ ...form, maxMove })}
        error={errors.maxMove}
        inputMode="decimal"
        placeholder="1"
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={form.allowed} onChange={(e) => set({ ...form, allowed: e.target.checked })} />
        The manager may deposit into it (redeeming is always allowed)
      </label>
      {timelockManages && (
        <Field
          label={`Deposit now (${underlying ?? "the vault's asset"}, optional)`}
          value={form.deposit}
          onChange={(deposit) => set({ ...form, deposit })}
          error={errors.deposit}
          inputMode="decimal"
          placeholder="0"
        />
      )}
    </>
  );
}
