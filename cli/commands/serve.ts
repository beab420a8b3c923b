import type { Command } from "commander";
import { action } from "../exit.js";
import { dbOption, fetchLimitsFrom, intOption } from "../options.js";
import { describeCommand } from "../registry.js";

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description(describeCommand("serve"))
    .option("--port <n>", "port to listen on", intOption, 8080)
    .option("--host <address>", "address to bind (127.0.0.1 keeps it on this machine)", "127.0.0.1")
    .option(
      "--allow-host <names...>",
      "host names the server may be reached by besides --host (requests naming any other host get 421)",
    )
    .option(
      "--allow-private",
      "let the page's check fetch URLs on private and loopback addresses (an intranet's papers; refused by default)",
    )
    .addHelpText(
      "after",
      "\nAPI: /api/subjects, /api/timeline?subject=, /api/documents, /api/documents/:id, /api/documents/:id/check, /api/claims, /api/search?q=, /api/predicates, POST /api/check (a URL or file, checked and not stored)\nStop with Ctrl-C.",
    )
    .action(
      action(async (opts: { port: number; host: string; allowHost?: string[]; allowPrivate?: boolean }) => {
        const { createServer } = await import("../../server/app.js");
        const app = await createServer({
          dbPath: dbOption(program),
          host: opts.host,
          port: opts.port,
          allowHosts: opts.allowHost ?? [],
          fetch: fetchLimitsFrom(opts),
        });
        const address = app.server.address();
        const port = typeof address === "object" && address ? address.port : opts.port;
        process.stderr.write(
          `claimtrail: serving ${dbOption(program)} at http://${opts.host}:${port}/ (Ctrl-C to stop)\n`,
        );
        await new Promise<void>((resolve) => {
          const stop = () => void app.close().then(resolve);
          process.once("SIGINT", stop);
          process.once("SIGTERM", stop);
        });
      }),
    );
}
