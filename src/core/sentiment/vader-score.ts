/**
 * A VADER sentence scorer in TypeScript. The `vader-sentiment` package's own scorer has port bugs
 * (an upper-case "NOT" does not negate; "but" and a trailing "!!!" are mishandled), so only its
 * lexicon is used and the rules follow the Python reference: negation within three words,
 * intensifiers and dampeners, ALL-CAPS emphasis, "but" shifting weight to what follows, `!`/`?`
 * emphasis, and emoticons (they are lexicon entries). Two deliberate departures: a negation's
 * scope stops at the next sentiment word, and a few words are re-valued for tickets
 * (`support-lexicon.ts`).
 * @module
 */
import { lexicon } from 'vader-sentiment/src/vader_lexicon.js';
import { SUPPORT_LEXICON } from './support-lexicon.js';
import {
  ALPHA,
  BOOSTERS,
  CAPS_BOOST,
  EXCLAMATION_BOOST,
  NEGATION_SCALAR,
  QUESTION_BOOST,
  QUESTIONS_MAX,
  isNegation,
} from './vader-rules.js';

const LEXICON: ReadonlyMap<string, number> = new Map([
  ...Object.entries(lexicon),
  ...Object.entries(SUPPORT_LEXICON),
]);

const isWordCode = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code > 127;

/** Strips edge punctuation; the common case (a plain ASCII word) skips the regex. */
const stripEdges = (t: string): string =>
  isWordCode(t.charCodeAt(0)) && isWordCode(t.charCodeAt(t.length - 1))
    ? t
    : t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

interface Tokens {
  readonly words: string[];
  readonly lowers: string[];
}

/** Words and emoticons: whitespace-split, edge punctuation stripped unless the token is an emoticon. */
const tokens = (sentence: string): Tokens => {
  const words: string[] = [];
  const lowers: string[] = [];
  for (const raw of sentence.split(/\s+/)) {
    if (raw === '') continue;
    const rawLower = raw.toLowerCase();
    const t = LEXICON.has(rawLower) ? raw : stripEdges(raw);
    const lower = t === raw ? rawLower : t.toLowerCase();
    if (t.length > 1 || LEXICON.has(lower)) {
      words.push(t);
      lowers.push(lower);
    }
  }
  return { words, lowers };
};

const isShouting = (t: string): boolean => /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);

/** A preceding degree adverb's effect on a word of valence `v` (in v's direction). */
const boosterEffect = (word: string, v: number, capsMatter: boolean): number => {
  const scalar = BOOSTERS.get(word.toLowerCase()) ?? 0;
  if (scalar === 0) return 0;
  const s = v < 0 ? -scalar : scalar;
  return capsMatter && isShouting(word) ? s + Math.sign(v) * CAPS_BOOST : s;
};

const wordValence = (words: readonly string[], lowers: readonly string[], i: number, capsMatter: boolean): number => {
  const word = words[i] as string;
  let v = LEXICON.get(lowers[i] as string) ?? 0;
  if (v === 0 || BOOSTERS.has(lowers[i] as string)) return 0;
  if (capsMatter && isShouting(word)) v += Math.sign(v) * CAPS_BOOST;
  for (let back = 1; back <= 3 && i - back >= 0; back++) {
    const prev = words[i - back] as string;
    const lower = lowers[i - back] as string;
    // A sentiment word in between ends the scope: in "not good :(" the "not" belongs to "good",
    // not to the sad face (the Python reference reaches past it and flips the emoticon).
    if (LEXICON.get(lower)) break;
    v += boosterEffect(prev, v, capsMatter) * (back === 1 ? 1 : back === 2 ? 0.95 : 0.9);
    if (isNegation(lower)) v *= NEGATION_SCALAR;
  }
  // "least" negates ("the least helpful"), except in "at least" / "very least".
  const before = lowers[i - 1];
  const twoBefore = lowers[i - 2];
  if (before === 'least' && twoBefore !== 'at' && twoBefore !== 'very') v *= NEGATION_SCALAR;
  return v;
};

const punctuationEmphasis = (sentence: string): number => {
  const bangs = Math.min(4, sentence.split('!').length - 1);
  const questions = sentence.split('?').length - 1;
  const q = questions <= 1 ? 0 : questions <= 3 ? questions * QUESTION_BOOST : QUESTIONS_MAX;
  return bangs * EXCLAMATION_BOOST + q;
};

/**
 * VADER's compound score of one sentence, in [-1, 1]: 0 when no word carries sentiment.
 * @example vaderScore('The export is NOT working!!!') < vaderScore('The export is not working') // true
 */
export const vaderScore = (sentence: string): number => {
  const { words, lowers } = tokens(sentence);
  const shouted = words.filter(isShouting).length;
  // Caps only signal emphasis when some words are not in caps: an all-caps text is just caps lock.
  const capsMatter = shouted > 0 && shouted < words.length;
  const valences = words.map((_, i) => wordValence(words, lowers, i, capsMatter));
  const but = lowers.indexOf('but');
  const sum = valences.reduce((s, v, i) => s + (but < 0 || i === but ? v : i < but ? v * 0.5 : v * 1.5), 0);
  if (sum === 0) return 0;
  const emphasised = sum + Math.sign(sum) * punctuationEmphasis(sentence);
  return emphasised / Math.sqrt(emphasised * emphasised + ALPHA);
};
