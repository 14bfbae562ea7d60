import { parseDescription, type Inline } from "../../domain/governance/index.ts";

// Text nodes only: React escapes them, and only http(s) links reach an href.
function Inlines({ items }: { items: Inline[] }) {
  return items.map((i, k) =>
    i.kind === "text" ? (
      <span key={k}>{i.text}</span>
    ) : i.kind === "code" ? (
      <code key={k} className="rounded bg-muted px-1 font-mono text-[0.9em]">
        {i.text}
      </code>
    ) : (
      <a
        key={k}
        href={i.href}
        target="_blank"
        rel="noopener noreferrer nofollow ugc"
        className="text-brand underline underline-offset-2"
      >
        {i.text}
        {i.text !== i.href && <span className="text-subtle"> ({i.host})</span>}
      </a>
    ),
  );
}

export function SafeDescription({ text }: { text: string }) {
  const blocks = parseDescription(text);
  if (blocks.length === 0) return <p className="text-sm text-subtle">No description beyond the title.</p>;
  return (
    <div data-testid="proposal-description" className="space-y-2 text-sm break-words">
      {blocks.map((b, k) =>
        b.kind === "heading" ? (
          <p key={k} className="font-semibold">
            <Inlines items={b.inlines} />
          </p>
        ) : b.kind === "list" ? (
          <ul key={k} className="list-disc space-y-1 pl-5">
            {b.items.map((it, j) => (
              <li key={j}>
                <Inlines items={it} />
              </li>
            ))}
          </ul>
        ) : (
          <p key={k}>
            <Inlines items={b.inlines} />
          </p>
        ),
      )}
    </div>
  );
}
