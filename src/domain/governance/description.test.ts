import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inlines, parseDescription, proposalTitle, safeHref } from "./description.ts";

describe("untrusted descriptions", () => {
  it("keeps only http(s) links without credentials, and shows their real host", () => {
    expect(safeHref("javascript:alert(1)")).toBeUndefined();
    expect(safeHref("data:text/html,<script>alert(1)</script>")).toBeUndefined();
    expect(safeHref("https://user:pw@evil.example/")).toBeUndefined();
    expect(safeHref("//evil.example")).toBeUndefined();
    expect(safeHref("https://forum.example/t/1")).toEqual({ href: "https://forum.example/t/1", host: "forum.example" });
    expect(inlines("see [the forum](https://evil.example/x) now")).toEqual([
      { kind: "text", text: "see " },
      { kind: "link", text: "the forum", href: "https://evil.example/x", host: "evil.example" },
      { kind: "text", text: " now" },
    ]);
    const unsafe = inlines("[click](javascript:alert(1))");
    expect(unsafe.some((i) => i.kind === "link")).toBe(false);
    expect(unsafe[0]).toMatchObject({ kind: "text", text: expect.stringMatching(/^click/) });
  });

  it("a dropped link keeps its words and nothing of its target, not even a parenthesis", () => {
    expect(inlines("[click](javascript:alert(1))")).toEqual([{ kind: "text", text: "click" }]);
    expect(inlines("go [here](javascript:void(0)) now")).toEqual([{ kind: "text", text: "go here now" }]);
    expect(inlines("[wiki](https://en.example/Foo_(bar))")).toEqual([
      { kind: "link", text: "wiki", href: "https://en.example/Foo_(bar)", host: "en.example" },
    ]);
  });

  it("HTML stays text and bidi overrides are removed", () => {
    const blocks = parseDescription("# Title <img src=x onerror=alert(1)>\n\nHello <b>world</b>\u202e");
    expect(blocks).toEqual([
      { kind: "heading", level: 1, inlines: [{ kind: "text", text: "Title <img src=x onerror=alert(1)>" }] },
      { kind: "paragraph", inlines: [{ kind: "text", text: "Hello <b>world</b>" }] },
    ]);
  });

  it("headings, paragraphs, lists and bare links", () => {
    const blocks = parseDescription("# Rebalance\n\nSell WETH\nfor USDC.\n- one\n- two `code`\n\nhttps://a.example/b.");
    expect(blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "list", "paragraph"]);
    expect(blocks[3]).toEqual({
      kind: "paragraph",
      inlines: [
        { kind: "link", text: "https://a.example/b", href: "https://a.example/b", host: "a.example" },
        { kind: "text", text: "." },
      ],
    });
  });

  it("any text parses, and every link it yields is http(s)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        for (const b of parseDescription(s)) {
          const all = b.kind === "list" ? b.items.flat() : b.inlines;
          for (const i of all) if (i.kind === "link") expect(i.href).toMatch(/^https?:\/\//);
        }
      }),
    );
  });

  it("a title from the first line", () => {
    expect(proposalTitle("\n# Allow up to 50 % in USDC\n\nbody")).toBe("Allow up to 50 % in USDC");
    expect(proposalTitle("   ")).toBe("Untitled proposal");
  });
});
