import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// One project per test kind so a developer can run `npx vitest --project unit`.
// Contract and integration suites talk to real servers (PGlite always; PostgreSQL
// and Redis when DATABASE_URL / REDIS_URL are set or a server binary is on PATH).
export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores, which is a single worker on
    // our two-core machines and CI: the NLU audits (linear in the fixtures) then run one
    // after another with the database suites. Every file is isolated (own PGlite/Redis
    // keys and ports), so use every core.
    maxWorkers: availableParallelism(),
    reporters: ["default"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["test/unit/**/*.test.ts"] } },
      { extends: true, test: { name: "contract", include: ["test/contract/**/*.test.ts"] } },
      { extends: true, test: { name: "integration", include: ["test/integration/**/*.test.ts"] } },
      { extends: true, test: { name: "e2e", include: ["test/e2e/**/*.test.ts"], testTimeout: 120_000 } },
    ],
  },
});
