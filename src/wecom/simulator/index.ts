export { startSimulator, type Simulator } from "./start-simulator.js";
export type { SimCard } from "./sim-state.js";
export type { KfMediaType } from "./actors.js";
export type { TokenScope } from "./token-registry.js";
export { RULES as SIMULATED_RULES, ERR as SIMULATED_ERRCODES } from "./rules.js";
export type * from "./types.js";
