import { Segmented } from "../components/Segmented.tsx";
import { DENOMINATION_LABEL, DENOMINATIONS, useDenomination } from "../lib/denomination.ts";

const options = DENOMINATIONS.map((d) => ({ value: d, label: DENOMINATION_LABEL[d] }));

/** The unit of every value on every page; kept in `?in=` so links and reloads keep it. */
export function DenominationSwitch({ id }: { id: string }) {
  const [denomination, setDenomination] = useDenomination();
  return (
    <Segmented
      legend="Show values in"
      showLegend
      name={`denomination-${id}`}
      value={denomination}
      options={options}
      onChange={setDenomination}
    />
  );
}
