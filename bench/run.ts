import { runCallbackBench } from "./callbacks.js";
import { runDashboardBench } from "./dashboard.js";
import { runNluBench } from "./nlu.js";
import { runTurnsBench } from "./turns.js";
import { runNudgeBench } from "./nudges.js";
import { runNudgeTurnsBench } from "./nudge-turns.js";

/**
 * `npm run bench`: every benchmark in sequence, progress on stderr, the report
 * on stdout. Run on a quiet machine; figures vary with load. Set DATABASE_URL /
 * REDIS_URL to measure on a PostgreSQL server and Redis.
 */
const progress = (line: string): void => void process.stderr.write(`${line}\n`);
const sections: string[] = [];
progress("bench: reply understanding");
sections.push(await runNluBench());
progress("bench: callback endpoints");
sections.push(await runCallbackBench(progress));
progress("bench: conversation turns");
sections.push(await runTurnsBench(progress));
progress("bench: nudges (Agenda on PostgreSQL)");
sections.push(await runNudgeBench(progress));
progress("bench: nudges end to end (timer turns and kf sends)");
sections.push(await runNudgeTurnsBench(progress));
progress("bench: dashboard API");
sections.push(await runDashboardBench(progress));
console.log(sections.join("\n\n"));
