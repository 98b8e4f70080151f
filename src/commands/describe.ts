/** How interviews read in recruiter answers and HR alerts: status names, times, places. */
import type { RecruiterTexts, RecruiterTextKey } from "../../config/recruiter-texts.js";
import { formatDateTime } from "../domain/business-time.js";
import type { Candidate, Interview, InterviewStatus } from "../store/types.js";

export function statusName(texts: RecruiterTexts, status: InterviewStatus): string {
  return texts.get(`status_name.${status}` as RecruiterTextKey);
}

/** `11月26日（周三）14:00` in the business zone. */
export function whenText(at: Date, timeZone: string): string {
  return formatDateTime(at, timeZone);
}

export function placeText(interview: Interview): string {
  return interview.location?.address ?? interview.meetingUrl ?? "待定";
}

/** Markdown is not HTML, but WeCom renders `<font>` and `<@…>`: keep user text from opening tags or code spans. */
export function plain(text: string): string {
  return text.replace(/[<>`]/g, (c) => ({ "<": "‹", ">": "›", "`": "'" })[c] ?? c);
}

/** One line per interview in suggestions and ambiguity lists. */
export function suggestionLine(texts: RecruiterTexts, timeZone: string, interview: Interview, candidate: Candidate): string {
  return texts.get("find.suggestion", {
    id: interview.id,
    name: plain(candidate.name),
    position: plain(interview.position),
    time: whenText(interview.scheduledAt, timeZone),
    status: statusName(texts, interview.status),
  });
}
