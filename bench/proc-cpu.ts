/**
 * CPU time of a PostgreSQL server's processes (postmaster and its children:
 * backends, walwriter, checkpointer…) read from /proc, for benches that want
 * "database CPU ms per unit of work". Linux only; processes that exit between
 * two readings take their time with them, so read around work done over
 * long-lived pool connections. Bench use only.
 */
import { readFileSync, readdirSync } from "node:fs";

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ; 100 on every Linux we run on). */
const TICKS_PER_SECOND = 100;

function stat(pid: number): { ppid: number; cpuMs: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name may contain spaces; fields after its closing parenthesis are fixed.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { ppid: Number(fields[1]), cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

/** The postmaster of a backend process (its parent). */
export function postmasterOf(backendPid: number): number | null {
  return stat(backendPid)?.ppid ?? null;
}

/** CPU ms used so far by a postmaster and its live children. */
export function serverCpuMs(postmaster: number): number {
  let total = stat(postmaster)?.cpuMs ?? 0;
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const s = stat(pid);
    if (s && s.ppid === postmaster) total += s.cpuMs;
  }
  return total;
}
