import { describe, expect, it } from "vitest";
import { kfMsgIdFor } from "../../../src/wecom/api/kf-msgid.js";
import { KF_MSGID_PATTERN } from "../../../src/wecom/api/limits.js";

describe("kfMsgIdFor", () => {
  it("is stable for one key, distinct across keys, and fits WeCom's msgid rules", () => {
    const a = kfMsgIdFor("outbox:42");
    expect(kfMsgIdFor("outbox:42")).toBe(a);
    expect(kfMsgIdFor("outbox:43")).not.toBe(a);
    expect(a).toMatch(KF_MSGID_PATTERN);
    expect(a).toHaveLength(32);
  });
});
