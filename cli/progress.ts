import cliProgress from "cli-progress";
import type { ProgressEvent } from "../app/ingest.js";
import { safeText } from "../output/terminal.js";

/**
 * Progress on stderr: a bar with rate and ETA on a terminal, one plain line per
 * document otherwise (logs and CI), nothing with --quiet.
 */
export function ingestProgress(mode: "auto" | "quiet") {
  const tty = process.stderr.isTTY === true;
  let bar: cliProgress.SingleBar | null = null;
  return {
    start(total: number) {
      if (mode === "quiet" || total === 0) return;
      if (tty) {
        bar = new cliProgress.SingleBar(
          {
            format: "ingesting [{bar}] {value}/{total} docs | {rate} docs/s | ETA {eta_formatted} | {source}",
            stream: process.stderr,
            hideCursor: true,
            etaBuffer: 20,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0, { rate: "0.0", source: "" });
      }
    },
    update(e: ProgressEvent, elapsedMs: number) {
      if (mode === "quiet") return;
      const rate = (e.done / Math.max(elapsedMs / 1000, 0.001)).toFixed(1);
      if (bar) bar.update(e.done, { rate, source: safeText(e.source).slice(-40) });
      else process.stderr.write(`[${e.done}/${e.total}] ${e.outcome.padEnd(9)} ${safeText(e.source)}\n`);
    },
    stop() {
      bar?.stop();
    },
  };
}
