import { idCommand } from "./simple-actions.js";

/** `/noshow 面试ID` (/未到): the candidate did not come; nudges stop, metrics count a no-show. */
export const noshow = idCommand("noshow", ["未到", "爽约", "缺席"], { type: "no_show" });
