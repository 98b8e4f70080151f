import { describe, expect, it } from "vitest";
import { findInviteLink, inviteCommand, sampleCandidate } from "../../../src/web/sandbox/adapter.js";
import { demoTime } from "../../../src/web/sandbox/demo.js";

const TZ = "Asia/Shanghai";

describe("sandbox demo helpers", () => {
  it("writes /invite in #6's syntax", () => {
    expect(inviteCommand(sampleCandidate(0), "11月26日下午2点")).toBe("/invite 张三 13800138000 后端工程师 11月26日下午2点 科技园A座 BOSS直聘");
    expect(sampleCandidate(3)).toEqual(sampleCandidate(0));
  });

  it("finds the kf link with its scene_param in a reply, in text or markdown", () => {
    const link = "https://work.weixin.qq.com/kfid/wkSANDBOX?enc_scene=ENC1&scene_param=Ab_9-x";
    expect(findInviteLink(`请把链接发给候选人：${link}`)).toEqual({ link, sceneParam: "Ab_9-x" });
    expect(findInviteLink(`[候选人链接](${link})`)).toEqual({ link, sceneParam: "Ab_9-x" });
    expect(findInviteLink(JSON.stringify({ markdown: { content: `链接：${link}\n` } }))?.sceneParam).toBe("Ab_9-x");
    expect(findInviteLink("https://work.weixin.qq.com/kfid/wkSANDBOX")).toBeUndefined();
    expect(findInviteLink("没有链接")).toBeUndefined();
  });

  it("schedules the demo two working days ahead at 14:00 business time", () => {
    // Monday 10:00 → Wednesday 14:00.
    expect(demoTime(new Date("2025-11-24T02:00:00Z"), TZ)).toEqual({ at: new Date("2025-11-26T06:00:00Z"), phrase: "11月26日下午2点" });
    // Thursday → Saturday would be a weekend: Monday.
    expect(demoTime(new Date("2025-11-27T02:00:00Z"), TZ)).toEqual({ at: new Date("2025-12-01T06:00:00Z"), phrase: "12月1日下午2点" });
    // 23:30 on Sunday in Shanghai is still Sunday there (15:30 UTC): Tuesday.
    expect(demoTime(new Date("2025-11-23T15:30:00Z"), TZ).phrase).toBe("11月25日下午2点");
  });
});
