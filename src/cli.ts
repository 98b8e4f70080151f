/**
 * `npm run cli -- <command> [args]`: operator commands.
 *
 * Each command lives in its own module under `src/cli/` and exports
 * `run(args): Promise<number>` (the exit code). Modules load lazily so that a
 * quick command such as `understand` never pays for the database driver.
 * Only this file and `src/cli/*` may write to stdout/stderr directly.
 */
type CommandModule = { run(args: string[]): Promise<number>; summary: string };

const commands: Record<string, () => Promise<CommandModule>> = {
  understand: () => import("./cli/understand.js"),
  seed: () => import("./cli/seed.js"),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    const lines = await Promise.all(
      Object.entries(commands).map(async ([n, l]) => `  ${n.padEnd(12)} ${(await l()).summary}`),
    );
    process.stderr.write(`usage: npm run cli -- <command> [args]\n\ncommands:\n${lines.join("\n")}\n`);
    return name ? 2 : 0;
  }
  return (await load()).run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
