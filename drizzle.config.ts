import { defineConfig } from "drizzle-kit";

/**
 * `npm run db:generate` diffs the Drizzle schema against the committed
 * migrations in `drizzle/` and writes the next one. The app applies them at
 * start (src/store/postgres/migrate.ts); never edit a committed migration.
 */
export default defineConfig({
  dialect: "postgresql",
  schema: ["./src/store/postgres/schema.ts", "./src/store/postgres/schema-metrics.ts"],
  out: "./drizzle",
});
