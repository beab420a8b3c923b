import { createRequire } from "node:module";

// natural's index loads hundreds of modules (classifiers, WordNet, tokenizers: about 0.9 s of CPU in every process
// that opens a Library); the Porter stemmer is one file of it.
const PorterStemmer = createRequire(import.meta.url)("natural/lib/natural/stemmers/porter_stemmer.js") as {
  stem(word: string): string;
};

// A text's words repeat, and stemming is most of what comparing words costs: each word is stemmed once a process
// (English words are a bounded set).
const STEMS = new Map<string, string>();

/** A lower-case word's Porter stem ("validated", "validation": "valid"). */
export function stem(word: string): string {
  let s = STEMS.get(word);
  if (s === undefined) STEMS.set(word, (s = PorterStemmer.stem(word)));
  return s;
}
