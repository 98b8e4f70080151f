import { idCommand } from "./simple-actions.js";

/** `/checkin 面试ID` (/签到): the candidate arrived; "not checked in" nudges stop. */
export const checkin = idCommand("checkin", ["签到", "到场"], { type: "check_in" });
