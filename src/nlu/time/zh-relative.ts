/**
 * Chinese time words relative to the interview itself: shifts (推迟一小时, 往后推两天),
 * 同一时间, 同一天, and ranges / vague wishes (下周, 周末, 月底).
 */
import { emit, parser } from "./zh-emit.js";
import { ZH_NUM_CHARS, zhNumber } from "./zh-numerals.js";
import type { TimeToken } from "./tokens.js";

// 半个钟 / 一个钟: southern "hour" (钟 = 钟头).
const UNIT_MINUTES: Record<string, number> = { 小时: 60, 钟头: 60, 钟: 60, 分钟: 1, 分: 1, 天: 1440, 日: 1440, 周: 10080, 星期: 10080, 礼拜: 10080, min: 1, mins: 1, minute: 1, minutes: 1, hour: 60, hours: 60, hr: 60, hrs: 60 };

/** 推迟一个小时, 晚半小时, 提前半小时, 往后推两天, 推迟一周, 晚20分钟 (and code-switched: 推后 30 mins, push back 一个小时, 后延一个半小时). */
const shift = parser(
  new RegExp(
    `(推迟|延后|后延|延迟|顺延|推后|往后推|向后推|往后挪|往后延|往后拖|往后|延期|push back|postpone|delay|推|晚|迟|提前|提早|往前挪|往前推|往前提|往前|早)(?:了|到)?\\s*(?:个)?\\s*(一个半|半|\\d+(?:\\.\\d+)?|[${ZH_NUM_CHARS}]{1,3})\\s*(?:个)?\\s*(?:多)?\\s*(?:个)?(小时|钟头|分钟|分|天|日|周|星期|礼拜|钟|minutes|minute|mins|min|hours|hour|hrs|hr)(?!前)(?!(?<=[a-z])[a-z])`,
  ),
  (c, m) => {
    const sign = /提前|提早|往前|^早/.test(m[1]!) ? -1 : 1;
    const q = m[2]!;
    const amount = q === "半" ? 0.5 : q === "一个半" ? 1.5 : /^\d/.test(q) ? Number(q) : zhNumber(q);
    if (amount === null || amount <= 0) return null;
    // 往后推半天 is "a while later", not twelve hours (an interview at 2 a.m.).
    if (!Number.isInteger(amount) && /天|日/.test(m[3]!)) return null;
    // ("往后延一周左右，具体哪天我再跟您说": about a week, a stretch.)
    if (/天|日|周|星期|礼拜/.test(m[3]!) && /^\s*左右/.test(c.text.slice((m.index ?? 0) + m[0].length))) return null;
    const minutes = Math.round(amount * UNIT_MINUTES[m[3]!]!);
    // "晚到十分钟" / "提前十分钟到" describe the arrival, not a new interview time.
    const after = c.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 8);
    // "估计要晚半小时" predicts lateness; "晚一小时行吗" asks for a later slot.
    const before = c.text.slice(Math.max(0, (m.index ?? 0) - 3), m.index ?? 0);
    // "得晚一个小时开始" moves the start: that is the slot, whatever comes before.
    const startsLater = /^\s*(?:再)?(?:开始|开|面)/.test(c.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 4));
    const arrival =
      // "提前十分钟进会议室等": waiting early is arriving early.
      // "本来提前一个小时出门的": when the candidate left home, not the interview.
      // "我会提前十分钟上线": joining a video call early is arriving early.
      // "可能需要提前15分钟离开": leaving the interview early moves no slot either.
      // "请假要提前一周申请": a notice period, not a new slot.
      !startsLater && (/^(?:左右)?\s*(?:到|才到|能到|上线|进会议|进房间|登录|离开|走|申请|请假|预约|报备|通知|告诉|说|提交)/.test(after) || /^\s*(?:就)?(?:出门|出发|动身|起床)/.test(after) ||
      // "提前一天过去深圳": travelling the day before to be there in time.
      (sign < 0 && /天|日/.test(m[3]!) && /^\s*(?:就)?(?:过去|过来|去|来|到|飞|坐车|赶过去)/.test(after)) || /^\s*(?:进|去|在)[^,.!?。]{0,4}(?:等|候)/.test(after) ||
      /^[晚早]到/.test(m[0]) ||
      // "我一定早点到，提前十分钟": how early, said after promising to come early.
      (sign < 0 && /(?:早点|早些|早一点)(?:儿)?到[,，\s]*$/.test(c.text.slice(Math.max(0, (m.index ?? 0) - 8), m.index ?? 0))) ||
      ((m[1] === "晚" || m[1] === "迟") && /(?:要|会|估计|可能|大概|预计|得)$/.test(before)) ||
      // "改坐地铁了，晚 10 分钟左右": a rough delay said flat, at the end of the clause, is how late one will be.
      ((m[1] === "晚" || m[1] === "迟") && /^\s*左右\s*(?:[,.!。~]|$)/.test(after)));
    return emit(c, m, { kind: "shift", shiftMinutes: sign * minutes, arrival });
  },
);

/**
 * "第二天同一时间可以吗": the day after the interview at its clock, like 推迟一天 (LABELS.md keeps the
 * clock when the interview moves by whole days). "第二天行吗" / "隔天上午" name only the day (the
 * writer of blind48 left the clock open), which a part of day or clock after it fills in.
 * (Cantonese 改第二日 is the next day too: twelve writers' lines against four that read it as "another day" and leave it
 * open; 第二日同一时间 keeps the clock.)
 */
// ("能不能改到后一天呀": the day after, once a change is asked for.)
const nextDay = parser(/(?<![\d号日])(?:第二天|隔天|次日|(?<=(?:改|换|挪|推|调)(?:到|成)?)后一天|(?<=(?:改|换|挪|推|调)(?:到|成)?)第二日|第二日(?=\s*(?:同一|同样|一样|这个|还是这个)))(?=\s*(同一|同样|一样|这个|还是这个)|\s*(?:[,.!?。~吗可行好吧呢得也都啊呀]|$)|(早上|上午|中午|下午|晚上|[\d一二两三四五六七八九十]+点))/, (c, m) =>
  m[1] ? emit(c, m, { kind: "shift", shiftMinutes: 1440, arrival: false }) : emit(c, m, { kind: "sameDay", dayOffset: 1 }),
);

/** Special-case 半小时 with no number before it ("晚半小时" is covered above; "推迟半个小时" too). */
// 下周的这个时候 / 周五这个点: "this time" after a day named is the interview's clock time on that day.
// ("周六改周日行不，还是那个点": "still that time" is the interview's clock too.)
const sameTime = parser(/(?<=(?:(?:周|星期|礼拜)[一二三四五六日天1-7]?|明天|后天|大后天)的?)这个(?:时候|点|时间)|同一时间|同一个时间|同样的?时间|同样的?时段|time\s?一样|同样的?点|一样时间|同一时段|相同(?:的)?时间|同个时间|同一时刻|同一个点|还是(?:这|那)个点|还是(?:这|那)个时间|原来的时间点|一样的时间|时间(?:跟|和|与)?原来(?:的)?一样|时间不变|时间照旧|(?<=(?:周|星期|礼拜)[一二三四五六日天][^,.!?。]{0,2}[,\s]*)(?:其他|其它|其余|别的)(?:都)?(?:不变|照旧)|时间(?:还是)?同一个|时间还是原来的|(?<=[,\s])时间(?:还是)?一样(?:的)?(?=[,.!?。~\s吧]|$)|点(?:还是)?一样(?=[,.!?。~\s吧]|$)/, (c, m) =>
  emit(c, m, { kind: "sameTime" }),
);

const sameDay = parser(/同一天|同一日|同天|当天/, (c, m) => emit(c, m, { kind: "sameDay" }));

/** Ranges and vague wishes: 下周 (no weekday), 周末, 月底, 这几天, 改天, 最近 (not "nearest": 离哪个站最近, 几号线过去最近？). */
// 初八以后 / 正月十五前后: days of the lunar new year, named loosely.
// 安排到元旦之后 / 推到节后: a holiday named as the point after which, when a change asks for it
// (元旦后第一天上班就面试 names no new time).
const vagueDate = parser(/((?<!一)下下|(?<!一)下|这|本)个?(?:周|星期|礼拜)(?![一二三四五六日天1-7])|(?<=(?:安排|改|推|调|挪|放|等|约|延)(?:到|在))(?:元旦|春节|国庆|清明|五一|端午|中秋|过年|年|节)(?:之后|以后|后|过后)|(?:元旦|春节|国庆|清明|五一|端午|中秋|过年|年|节)(?:之后|以后|后|过后)(?=吧|再|可以|行|都|那周|吗|呢|[,.!?。]|$)|过完(?:年|元旦|春节|国庆|节|假期|长假)(?=再|吧|以后|之后|后|可以|[,.!?。]|$)|(?:假期|长假|放假)(?:结束)?(?:之后|以后|后|回来)(?:的)?(?:第一天)?|(?:正月)?初[一二三四五六七八九十]{1,2}(?=以后|之后|后|前后|左右|再|都)|周末(?!双休|单休|休息|休吗|加班|上班|要上班)|月底|月初|月中|(?<=月)头几天|这几天|这两天|过(?:两|几|一两)(?:天|日)|改天|(?<![站离哪近远去来走坐到])最近(?!的(?:地铁|站|公交|出口|入口|停车|路)|\s*[?吗么]|\s*是)/, (c, m) => {
  const p = m[1] ?? "";
  const token: Omit<TimeToken, "index" | "end"> = { kind: "vagueDate" };
  if (p.startsWith("下")) token.weekOffset = p === "下下" ? 2 : 1;
  else if (p) token.weekOffset = 0;
  return emit(c, m, token);
});

/** Registered in this order; `shift` goes before the clock parser (推迟到4点 vs 4点). */
export const SHIFT_PARSER = shift;
export const RELATIVE_PARSERS = [sameTime, sameDay, nextDay, vagueDate];
