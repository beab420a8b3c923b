import robotsModule from "robots-parser";

interface RobotsTxt {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
// A CommonJS package whose types declare an ES default export: at run time the default import is the function itself.
const robotsParser = robotsModule as unknown as (url: string, text: string) => RobotsTxt;

/**
 * robots.txt as RFC 9309 reads it (our agent's group over `*`, the longest matching rule, Allow on a tie, `*` and
 * `$` in paths) and `Crawl-delay`, through robots-parser, the maintained npm package, rather than a parser of our own.
 */
export interface Robots {
  /** True when the path (with its query) of `url` may be fetched by our agent. */
  allowed(url: string): boolean;
  /** Seconds the site asks between requests, when it says so for our agent. */
  crawlDelay: number | null;
}

export const ALLOW_ALL: Robots = { allowed: () => true, crawlDelay: null };

/** Parses robots.txt for the agent whose product token is `agent` ("claimtrail"). */
export function parseRobots(text: string, agent: string): Robots {
  // robots-parser answers only for URLs of the robots.txt's own origin: one parser per origin asked about.
  const parsers = new Map<string, RobotsTxt>();
  const parserFor = (origin: string) => {
    let p = parsers.get(origin);
    if (!p) parsers.set(origin, (p = robotsParser(`${origin}/robots.txt`, text)));
    return p;
  };
  const delay = parserFor("http://robots.invalid").getCrawlDelay(agent);
  return {
    allowed: (url) => parserFor(new URL(url).origin).isAllowed(url, agent) !== false,
    crawlDelay: typeof delay === "number" && Number.isFinite(delay) ? delay : null,
  };
}
