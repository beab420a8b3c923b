/**
 * robots.txt as RFC 9309 reads it: groups of `User-agent` lines, each with `Allow`/`Disallow` rules; the group whose
 * agent token matches ours (else the `*` group) applies; of its rules, the longest matching path wins and Allow wins
 * a tie; `*` matches any run of characters and a trailing `$` anchors the end. `Crawl-delay` (not in the RFC, but
 * widely used) is read too.
 *
 * Written here rather than taken from npm: the whole format is these forty lines, and robots-parser (the maintained
 * package) would be one more dependency for every install of a library whose crawl is an optional command.
 */
export interface Robots {
  /** True when the path (with its query) of `url` may be fetched by our agent. */
  allowed(url: string): boolean;
  /** Seconds the site asks between requests, when it says so for our agent. */
  crawlDelay: number | null;
}

interface Rule {
  allow: boolean;
  pattern: string;
}

interface Group {
  agents: string[];
  rules: Rule[];
  crawlDelay: number | null;
}

export const ALLOW_ALL: Robots = { allowed: () => true, crawlDelay: null };

/** Parses robots.txt for the agent whose product token is `agent` ("claimtrail"). */
export function parseRobots(text: string, agent: string): Robots {
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, "").trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === "user-agent") {
      // Consecutive User-agent lines share one group.
      if (!current || !lastWasAgent) groups.push((current = { agents: [], rules: [], crawlDelay: null }));
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (key === "allow" || key === "disallow") {
      // An empty Disallow allows everything: it is no rule at all.
      if (value) current.rules.push({ allow: key === "allow", pattern: value });
    } else if (key === "crawl-delay") {
      const n = Number(value);
      if (Number.isFinite(n) && n >= 0) current.crawlDelay = n;
    }
  }
  const token = agent.toLowerCase();
  const ours = groups.filter((g) => g.agents.some((a) => a !== "*" && token.startsWith(a)));
  const chosen = ours.length ? ours : groups.filter((g) => g.agents.includes("*"));
  const rules = chosen.flatMap((g) => g.rules);
  const crawlDelay = chosen.map((g) => g.crawlDelay).find((d) => d !== null) ?? null;
  return {
    crawlDelay,
    allowed(url: string): boolean {
      let path: string;
      try {
        const u = new URL(url);
        path = u.pathname + u.search;
      } catch {
        return false;
      }
      if (path === "/robots.txt") return true;
      let best: Rule | null = null;
      for (const rule of rules) {
        if (!matches(rule.pattern, path)) continue;
        if (
          !best ||
          rule.pattern.length > best.pattern.length ||
          (rule.pattern.length === best.pattern.length && rule.allow)
        )
          best = rule;
      }
      return best ? best.allow : true;
    },
  };
}

function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith("$");
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const re = body
    .split("*")
    .map((part) => encodePath(part).replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${re}${anchored ? "$" : ""}`).test(path);
}

/** A rule written with raw characters (`/papers/ä`) matches the percent-encoded path a URL has. */
function encodePath(s: string): string {
  try {
    return encodeURI(decodeURI(s));
  } catch {
    return s;
  }
}
