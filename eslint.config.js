import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/*.tmp.ts", "node_modules/", "data/", "drizzle/", "coverage/", "test-artifacts/", "src/web/static/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "no-console": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Command-line entry points, benchmarks and tests may talk to the terminal.
    files: ["src/cli.ts", "src/cli/**", "bench/**", "test/**", "src/main.ts"],
    rules: { "no-console": "off" },
  },
  {
    // Flows are pure conversation scripts: no HTTP, SQL, Redis or WeCom transport.
    files: ["flows/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/src/store/**", "**/src/wecom/**", "**/src/coord/**", "**/src/jobs/**", "**/src/engine/**"], message: "flows/ stay pure: return effects instead of doing I/O." },
            { group: ["**/src/nlu/*/**"], message: "import reply understanding from src/nlu/index.js, not its internals." },
            { group: ["pg", "ioredis", "koa", "@koa/*", "mongoose", "drizzle-orm", "drizzle-orm/*", "@electric-sql/*", "agenda", "node:http", "node:fs"], message: "flows/ stay pure: return effects instead of doing I/O." },
          ],
        },
      ],
    },
  },
);
