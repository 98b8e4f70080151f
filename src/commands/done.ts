import { idCommand } from "./simple-actions.js";

/** `/done 面试ID` (/完成): a checked-in interview is over. */
export const done = idCommand("done", ["完成", "结束"], { type: "complete" });
