// A proposal's description is untrusted text: anyone above the threshold writes it. It is read
// as a small subset of Markdown (headings, paragraphs, lists, links, inline code) into plain
// data that the page renders as text nodes: no HTML is ever interpreted, and only http(s)
// links survive, each shown with its real host so link text cannot pose as another site.

export type Inline =
  | { kind: "text"; text: string }
  | { kind: "code"; text: string }
  | { kind: "link"; text: string; href: string; host: string };
export type Block =
  | { kind: "heading"; level: number; inlines: Inline[] }
  | { kind: "paragraph"; inlines: Inline[] }
  | { kind: "list"; items: Inline[][] };

// Bidirectional overrides can make text read differently from what it is (and other controls).
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

export const clean = (text: string) => text.replace(/\r\n?/g, "\n").replace(INVISIBLE, "");

/** The URL when it is an absolute http(s) URL without credentials, else undefined. */
export function safeHref(raw: string): { href: string; host: string } | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.username || url.password) return undefined;
  return { href: url.href, host: url.host };
}

// A link's target may hold balanced parentheses (javascript:alert(1), wiki/Foo_(bar)): the
// whole target goes with the link, so dropping it leaves no stray ")".
const INLINE = /`([^`\n]+)`|\[([^\]\n]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/g;

export function inlines(text: string): Inline[] {
  const out: Inline[] = [];
  const push = (t: string) => {
    if (!t) return;
    const last = out.at(-1);
    if (last?.kind === "text") last.text += t;
    else out.push({ kind: "text", text: t });
  };
  let at = 0;
  for (const m of text.matchAll(INLINE)) {
    push(text.slice(at, m.index));
    at = m.index + m[0].length;
    if (m[1] !== undefined) out.push({ kind: "code", text: m[1] });
    else {
      const label = m[2] ?? m[4];
      const safe = safeHref(m[3] ?? m[4]);
      // An unsafe link keeps its words, loses its target.
      if (safe) out.push({ kind: "link", text: label, ...safe });
      else push(m[2] ?? m[0]);
    }
  }
  push(text.slice(at));
  return out;
}

export function parseDescription(description: string): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ kind: "paragraph", inlines: inlines(para.join(" ")) });
    if (list.length) blocks.push({ kind: "list", items: list.map(inlines) });
    para = [];
    list = [];
  };
  for (const raw of clean(description).split("\n")) {
    const line = raw.trim();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const item = /^[-*]\s+(.*)$/.exec(line);
    if (!line) flush();
    else if (heading) {
      flush();
      blocks.push({ kind: "heading", level: heading[1].length, inlines: inlines(heading[2]) });
    } else if (item) {
      if (para.length) flush();
      list.push(item[1]);
    } else {
      if (list.length) flush();
      para.push(line);
    }
  }
  flush();
  return blocks;
}

/** The first line without its Markdown heading marks: what lists show. */
export function proposalTitle(description: string): string {
  const first =
    clean(description)
      .split("\n")
      .map((l) => l.trim())
      .find(Boolean) ?? "";
  const title = first.replace(/^#+\s*/, "").trim();
  return title || "Untitled proposal";
}

/** The description without its title line, for rendering under the title. */
export function descriptionBody(description: string): string {
  const lines = clean(description).split("\n");
  const i = lines.findIndex((l) => l.trim());
  return i < 0 ? "" : lines.slice(i + 1).join("\n");
}
