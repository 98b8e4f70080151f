import { systemClock, type Clock } from "../clock.js";

/**
 * Maps the app clock (virtual time: a ManualClock in tests, an offset clock in
 * the sandbox, the system clock in production) onto the real time Agenda
 * compares `nextRunAt` with.
 *
 * Why this way: Agenda decides "due" against the machine's clock, and a job's
 * virtual due time is what the business means. So each job stores its virtual
 * `dueAt` in its data and is scheduled at the real-time equivalent
 * `realNow + (dueAt − virtualNow)`. With the system clock that is the identity.
 * When the app clock jumps, the scheduler re-maps every idle job the same way
 * and pokes Agenda, so jobs the jump made due run at once; handlers re-check
 * the virtual due time and re-arm a job that ran early (the clock jumped back,
 * or a frozen ManualClock never reached it).
 */
export class TimeMap {
  constructor(
    private readonly clock: Clock,
    private readonly real: Clock = systemClock,
  ) {}

  virtualNow(): Date {
    return this.clock.now();
  }

  realNow(): Date {
    return this.real.now();
  }

  /** The real instant Agenda should run a job due at virtual `at`. */
  toReal(at: Date): Date {
    return new Date(this.real.now().getTime() + (at.getTime() - this.clock.now().getTime()));
  }
}
