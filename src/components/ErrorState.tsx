interface Props {
  title: string;
  detail?: string;
  onRetry: () => void;
}

export function ErrorState({ title, detail, onRetry }: Props) {
  return (
    <div role="alert" className="rounded-xl border border-danger/40 bg-surface p-6 text-center">
      <p className="font-medium text-danger">{title}</p>
      {detail && <p className="mt-1 text-sm text-subtle">{detail}</p>}
      <button
        type="button"
        onClick={onRetry}
        className={
          "mt-4 rounded-lg bg-brand px-4 py-2 text-sm " +
          "font-medium text-brand-fg hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 " +
          "focus-visible:outline-brand"
        }
      >
        Retry
      </button>
    </div>
  );
}
