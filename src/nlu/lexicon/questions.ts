/**
 * Question topics. A topic counts only inside a sentence that asks something (吗, ？,
 * 多少, 哪, 请问, 要不要 …): "薪资太低了，不考虑了" mentions pay but asks nothing.
 * Topics follow what recruiters can answer from the job card: where, what to bring,
 * interview format, pay, the job, how to get there, and "other" (dress code, results,
 * who to ask for at reception …).
 */
import type { QuestionTopic } from "../types.js";

export const ASKS =
  /吗|么|呢|\?|谁|哪位|多少|多大|多远|几面|几[轮个份点位人站号]|哪|什么|怎么|咋|是否|还是|有无|问一?下|请问|想问|问问|了解一下|对吧|多久|多长|需要带|要带|要准备|是不是|^\s*(?:how|what|where|which|when|who|is|are|do|does|can|could|should|will|would)\b/;

/** Sentences about these are "other" whatever else they mention (面试官那边还方便吗). */
const OTHER_STRONG =
  /还能面|还方便|来得及|意思吗|怎么操作|找谁|找哪位|穿|着装|正装|报销|路费|出结果|结果|提前多久|固定|哪家公司|拿到我|还要面|还面吗|dress|result/;

const TOPICS: ReadonlyArray<readonly [QuestionTopic, RegExp]> = [
  ["location", /地址|定位|位置|哪栋|哪一栋|几楼|哪层|南区|北区|整层|前台|从哪个门|哪个门|具体在|where is the|address|location|which building|the office/],
  ["materials", /带|准备|简历|作品|电脑|笔记本|身份证|证书|原件|打印|材料|laptop|bring|resume|\bcv\b|portfolio|documents?/],
  ["format", /线上|线下|视频|远程|电话面|一对一|面试官|几个人|几轮|轮|几面|几次面|[一二三]面|多久|多长时间|笔试|机试|写代码|技术面|hr面|终面|群面|只有面试|结束|onsite|on-site|remote|online|offline|video|rounds?|how long|interviewer|coding/],
  ["salary", /薪|工资|待遇|五险一金|社保|公积金|年终|奖金|试用期|补贴|期权|salary|\bpay\b|compensation|package/],
  ["job", /外包|自研|规模|多少人|融资|上市|公司.{0,4}(?:多大|怎么样)|双休|单休|大小周|年假|上班时间|几点下班|下班时间|工作时间|出差多|[bc]端|技术栈|react|vue|团队|加班|996|做什么|什么业务|业务开发|基础架构|偏业务|工作内容|职责|负责什么|投的是|应届|岗位是|岗吗|投这个岗位|岗位要求|tech stack|stack|\bteam\b|the role|duties|overtime/],
  ["transport", /停车|车位|地铁|站|出口|哪个口|公交|怎么走|怎么去|路线|开车|打车|导航|parking|subway|metro|\bbus\b|directions|get there/],
];

/** Sentences that ask for a change or a slot are requests, not "other" questions. */
const NOT_OTHER = /改|换|调|约|推迟|提前|延|在吗|你好|机器人|可以吗|行吗|能吗|方便吗|好吗|reschedule|move|slot/;

export interface QuestionReading {
  topics: QuestionTopic[];
  /** A question with no known topic (kept apart: only some intents report it). */
  otherQuestion: boolean;
  /** Any sentence asks anything at all. */
  asksAnything: boolean;
}

// Clauses, keeping their closing punctuation (a "?" marks the clause it ends).
const SENTENCE = /[^,.!?。;、~]+[,.!?。;、~]*/g;

export function readQuestions(text: string): QuestionReading {
  const found = new Set<QuestionTopic>();
  let otherQuestion = false;
  let asksAnything = false;
  let prev = "";
  for (const m of text.matchAll(SENTENCE)) {
    const clause = m[0];
    // "我是应届生，投这个岗位没问题吗": the topic may sit in the clause before the ask.
    const s = /[.!?。;]\s*$/.test(prev) ? clause : prev + clause;
    prev = clause;
    if (!ASKS.test(clause)) continue;
    asksAnything = true;
    if (OTHER_STRONG.test(s)) {
      found.add("other");
      continue;
    }
    let any = false;
    for (const [topic, re] of TOPICS) {
      // "试用期多久" asks about pay terms, not the interview's length.
      if (topic === "format" && /试用期|合同|入职/.test(s) && !/线上|线下|视频|面试官|几轮|笔试/.test(s)) continue;
      if (re.test(s)) {
        found.add(topic);
        any = true;
      }
    }
    // "在哪" is about the office unless the sentence is about parking or the subway.
    if (!any && /在哪|where/.test(s)) {
      found.add("location");
      any = true;
    }
    if (!any && !NOT_OTHER.test(s) && /\?|吗|呢|怎么|什么|哪|谁|多久|几|what|how|where|who/.test(s)) otherQuestion = true;
  }
  return { topics: [...found], otherQuestion, asksAnything };
}
