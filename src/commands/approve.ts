import { idCommand } from "./simple-actions.js";

/** `/approve 面试ID` (/同意): the candidate's reschedule request is accepted, as the card's button would. */
export const approve = idCommand("approve", ["同意", "批准"], { type: "approve_reschedule" });
