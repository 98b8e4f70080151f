import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdown } from "../../../src/web/sandbox/markdown.js";

const names = (id: string) => ({ recruiter_li: "李娜" })[id];

describe("WeCom markdown for the sandbox panes", () => {
  it("parses headings, quotes and paragraphs line by line, dropping empty lines", () => {
    expect(parseMarkdown("## 改期申请\n\n> 候选人：张三\n请尽快处理")).toEqual([
      { t: "h", level: 2, c: [{ t: "text", v: "改期申请" }] },
      { t: "quote", c: [{ t: "text", v: "候选人：张三" }] },
      { t: "p", c: [{ t: "text", v: "请尽快处理" }] },
    ]);
  });

  it("parses bold, colours, code and mentions with the member's name", () => {
    expect(parseInline('<font color="warning">**迟到**</font> <@recruiter_li> 请用 `/checkin 12`', names)).toEqual([
      { t: "font", color: "warning", c: [{ t: "b", c: [{ t: "text", v: "迟到" }] }] },
      { t: "text", v: " " },
      { t: "at", id: "recruiter_li", name: "李娜" },
      { t: "text", v: " 请用 " },
      { t: "code", v: "/checkin 12" },
    ]);
    expect(parseInline("<@wangwu>")).toEqual([{ t: "at", id: "wangwu", name: "wangwu" }]);
  });

  it("makes links only of http(s) targets", () => {
    expect(parseInline("[看板](https://example.com/d?a=1)")).toEqual([{ t: "a", href: "https://example.com/d?a=1", c: [{ t: "text", v: "看板" }] }]);
    const js = parseInline("[点我](javascript:alert(1))");
    expect(js.every((i) => i.t === "text")).toBe(true);
    expect(js.map((i) => (i.t === "text" ? i.v : "")).join("")).toBe("[点我](javascript:alert(1))");
  });

  it("keeps HTML and unknown markup as literal text", () => {
    const parsed = parseInline('<img src=x onerror="alert(1)"><font color="red">x</font>');
    expect(parsed).toEqual([{ t: "text", v: '<img src=x onerror="alert(1)"><font color="red">x</font>' }]);
    expect(parseInline("a ** b")).toEqual([{ t: "text", v: "a ** b" }]);
  });
});
