import { ERR } from "./rules.js";

const MESSAGES: Record<number, string> = {
  [ERR.busy]: "system busy",
  [ERR.badSecret]: "invalid credential",
  [ERR.badMsgType]: "invalid message type",
  [ERR.badCorpId]: "invalid corpid",
  [ERR.badToken]: "invalid access_token",
  [ERR.badParam]: "invalid parameter",
  [ERR.badCode]: "invalid code",
  [ERR.badAgentId]: "no privilege to access/modify contact/party/agent",
  [ERR.missingToken]: "access_token missing",
  [ERR.missingCorpId]: "corpid missing",
  [ERR.missingSecret]: "corpsecret missing",
  [ERR.tokenExpired]: "access_token expired",
  [ERR.emptyContent]: "empty content",
  [ERR.tooLong]: "content size out of limit",
  [ERR.frequency]: "api freq out of limit",
  [45033]: "api concurrent out of limit",
  [ERR.badJson]: "data format error",
  [ERR.apiForbidden]: "api forbidden",
  [ERR.allRecipientsInvalid]: "all touser invalid",
  [ERR.badRobotKey]: "invalid webhook url",
  [ERR.badOpenKfId]: "invalid open_kfid",
  [ERR.kfCountLimit]: "send msg count out of limit",
  [ERR.kfTimeLimit]: "send msg time out of limit",
  [ERR.badSyncToken]: "invalid msg token",
  [ERR.menuTooLong]: "menu item count out of limit",
  [ERR.sessionEnded]: "session has been closed",
  [ERR.notServicer]: "user is not servicer",
  [ERR.illegalStateChange]: "invalid service state change",
  [ERR.stateForbidsSend]: "service state does not allow sending msg",
};

/** WeCom-style errmsg: text, a hint and the lookup link, as real answers carry. */
export function errmsg(errcode: number, detail?: string): string {
  const text = detail ?? MESSAGES[errcode] ?? "error";
  return `${text}, hint: [simulator], more info at https://open.work.weixin.qq.com/devtool/query?e=${errcode}`;
}
