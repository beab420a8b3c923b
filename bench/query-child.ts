/**
 * The query battery in a process of its own, as `serve` or the CLI would run it: the benchmark's own heap
 * (hundreds of megabytes after ingesting and filling the store) must not bill its garbage collection to queries.
 * Usage: tsx bench/query-child.ts <db>; prints the timings as JSON.
 */
import { openCorpus } from "../corpus/corpus.js";
import { queryBattery } from "./queries.js";

const corpus = openCorpus(process.argv[2]!, { readonly: true });
process.stdout.write(JSON.stringify(queryBattery(corpus)));
corpus.close();
