import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Gives the whole run one scratch folder as its TMPDIR, removed when the run ends. Tests make their databases and
 * files under os.tmpdir() and many do not remove them; a run left some 170 folders behind in the machine's /tmp, and
 * a day of runs thousands. Set here, before any worker or child process starts, so every one of them inherits it.
 */
export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const dir = mkdtempSync(join(tmpdir(), "ctrun-"));
  process.env.TMPDIR = dir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(dir, { recursive: true, force: true });
  };
}
