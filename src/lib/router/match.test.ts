import { describe, expect, it } from "vitest";
import { hrefOf, isActivePath, matchPath } from "./match.ts";

describe("matchPath", () => {
  it("matches literal paths exactly", () => {
    expect(matchPath("/", "/")).toEqual({});
    expect(matchPath("/portfolio", "/portfolio")).toEqual({});
    expect(matchPath("/portfolio", "/portfolio/")).toEqual({});
    expect(matchPath("/portfolio", "/deals")).toBeUndefined();
    expect(matchPath("/", "/portfolio")).toBeUndefined();
  });
  it("reads parameters, decoded", () => {
    expect(matchPath("/fund/:address", "/fund/0xAbC")).toEqual({ address: "0xAbC" });
    expect(matchPath("/fund/:address", "/fund/a%20b")).toEqual({ address: "a b" });
    expect(matchPath("/fund/:address", "/fund")).toBeUndefined();
    expect(matchPath("/fund/:address", "/fund/1/2")).toBeUndefined();
    expect(matchPath("/fund/:address", "/fund/%E0%A4%A")).toBeUndefined();
  });
  it("matches anything under a star", () => {
    expect(matchPath("*", "/a/b")).toEqual({});
    expect(matchPath("/gov/*", "/gov/x/y")).toEqual({});
  });
});

describe("hrefOf", () => {
  it("joins a path object, keeping the current path when it names none", () => {
    expect(hrefOf("/fund/1?x=1", "/")).toBe("/fund/1?x=1");
    expect(hrefOf({ pathname: "/", search: "?chain=local-2" }, "/deals")).toBe("/?chain=local-2");
    expect(hrefOf({ pathname: "/deals", search: "in=usd" }, "/")).toBe("/deals?in=usd");
    expect(hrefOf({ search: "" }, "/deals")).toBe("/deals");
  });
});

describe("isActivePath", () => {
  it("marks the page and, unless end, its sub-pages", () => {
    expect(isActivePath("/", "/", true)).toBe(true);
    expect(isActivePath("/", "/deals", true)).toBe(false);
    expect(isActivePath("/governance", "/governance/0x1/proposal/2", false)).toBe(true);
    expect(isActivePath("/governance", "/governancex", false)).toBe(false);
    expect(isActivePath("/deals", "/deals/", false)).toBe(true);
  });
});
