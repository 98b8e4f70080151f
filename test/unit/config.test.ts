import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "../../config/settings.js";

const live = {
  WECOM_CORP_ID: "ww123",
  WECOM_APP_AGENT_ID: "1000002",
  WECOM_APP_SECRET: "s",
  WECOM_APP_TOKEN: "t",
  WECOM_APP_AES_KEY: "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C",
  WECOM_KF_SECRET: "s2",
  WECOM_KF_TOKEN: "t2",
  WECOM_KF_AES_KEY: "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt",
  WECOM_KF_OPEN_KFID: "wk1",
};

function errorOf(env: Record<string, string>): ConfigError {
  try {
    readConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error("expected a ConfigError");
}

describe("readConfig", () => {
  it("starts in sandbox mode with documented defaults when nothing is set", () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 3000, host: "0.0.0.0", dataDir: "./data", businessTimeZone: "Asia/Shanghai" });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
    expect(config.wecom.mode).toBe("sandbox");
    expect(config.wecom.apiBase).toBe("https://qyapi.weixin.qq.com");
  });

  it("reads a full live configuration", () => {
    const config = readConfig({ ...live, PORT: "8080", DATABASE_URL: "postgres://u@h/db", REDIS_URL: "redis://h:6379" });
    expect(config.wecom).toMatchObject({ mode: "live", corpId: "ww123", app: { agentId: 1000002 }, kf: { openKfId: "wk1" } });
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBe("postgres://u@h/db");
  });

  it("treats empty values as unset", () => {
    expect(readConfig({ DATABASE_URL: "", WECOM_CORP_ID: "" }).wecom.mode).toBe("sandbox");
  });

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ REDIS_URL: "localhost:6379" }, "REDIS_URL"],
    [{ BUSINESS_TZ: "Mars/Olympus" }, "BUSINESS_TZ"],
    [{ NLU_CONFIDENCE_THRESHOLD: "2" }, "NLU_CONFIDENCE_THRESHOLD"],
    [{ ...live, WECOM_APP_AES_KEY: "short" }, "WECOM_APP_AES_KEY"],
    [{ ...live, WECOM_KF_OPEN_KFID: "" }, "WECOM_KF_OPEN_KFID"],
    [{ WECOM_CORP_ID: "ww123" }, "WECOM_APP_AGENT_ID"],
  ])("names the bad variable in %j", (env, variable) => {
    const err = errorOf(env as Record<string, string>);
    expect(err.variable).toBe(variable);
    expect(err.message).toContain(variable);
  });

  it("reads DASHBOARD_TOKEN and refuses a short one, naming the variable", () => {
    expect(readConfig({}).dashboard.token).toBeUndefined();
    expect(readConfig({ DASHBOARD_TOKEN: "s3cret-token-of-20ch" }).dashboard.token).toBe("s3cret-token-of-20ch");
    const err = errorOf({ DASHBOARD_TOKEN: "short" });
    expect(err.variable).toBe("DASHBOARD_TOKEN");
    expect(err.message).toMatch(/at least 16/);
    expect(errorOf({ DASHBOARD_TOKEN: "has a space in it ok" }).message).toMatch(/printable ASCII/);
  });
});

describe("readConfig: recruiter access", () => {
  it("defaults to the sandbox recruiter in sandbox mode only", () => {
    expect(readConfig({}).recruiters).toEqual({ recruiters: ["recruiter_li"], admins: [] });
    expect(readConfig(live).recruiters).toEqual({ recruiters: [], admins: [] });
  });

  it("reads comma, pipe or space separated userids and names a bad list", () => {
    expect(readConfig({ WECOM_RECRUITERS: "zhangsan, lisi|wangwu", WECOM_ADMINS: "hr.lead" }).recruiters).toEqual({ recruiters: ["zhangsan", "lisi", "wangwu"], admins: ["hr.lead"] });
    expect(errorOf({ WECOM_RECRUITERS: "张三;李四" }).variable).toBe("WECOM_RECRUITERS");
  });
});
