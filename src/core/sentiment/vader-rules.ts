/**
 * The word lists VADER's rules use (Hutto & Gilbert, 2014; the Python reference, version 3.3.2):
 * negations, intensifiers and dampeners, and the constants the authors derived from human ratings.
 * @module
 */

/** An intensifier adds this much valence (in the word's own direction); a dampener takes it away. */
export const BOOST = 0.293;
/** A word in ALL CAPS among mixed-case words gains this much valence (emphasis). */
export const CAPS_BOOST = 0.733;
/** A negated word's valence is multiplied by this: flipped, and weaker ("not great" is not "awful"). */
export const NEGATION_SCALAR = -0.74;
/** Each `!` (up to four) adds this much to a sentence's intensity. */
export const EXCLAMATION_BOOST = 0.292;
/** Each `?` (two or three) adds this much; four or more add QUESTIONS_MAX. */
export const QUESTION_BOOST = 0.18;
export const QUESTIONS_MAX = 0.96;
/** Normalisation constant: compound = s / √(s² + α), approximating the largest expected sum. */
export const ALPHA = 15;

export const NEGATIONS: ReadonlySet<string> = new Set(
  (
    "aint arent cannot cant couldnt darent didnt doesnt ain't aren't can't couldn't daren't didn't " +
    "doesn't dont hadnt hasnt havent isnt mightnt mustnt neither don't hadn't hasn't haven't isn't " +
    "mightn't mustn't neednt needn't never none nope nor not nothing nowhere oughtnt shant shouldnt " +
    "uhuh wasnt werent oughtn't shan't shouldn't uh-uh wasn't weren't without wont wouldnt won't " +
    "wouldn't rarely seldom despite"
  ).split(' '),
);

const INTENSIFIERS =
  'absolutely amazingly awfully completely considerable considerably decidedly deeply effing ' +
  'enormous enormously entirely especially exceptional exceptionally extreme extremely fabulously ' +
  'flipping flippin frackin fracking fricking frickin frigging friggin fully fuckin fucking fuggin ' +
  'fugging greatly hella highly hugely incredible incredibly intensely major majorly more most ' +
  'particularly purely quite really remarkably so substantially thoroughly total totally tremendous ' +
  'tremendously uber unbelievably unusually utter utterly very';
const DAMPENERS =
  'almost barely hardly kinda kindof less little marginal marginally occasional occasionally partly ' +
  'scarce scarcely slight slightly somewhat sorta sortof';

/** Degree adverbs → the valence they add (+BOOST) or remove (−BOOST). */
export const BOOSTERS: ReadonlyMap<string, number> = new Map([
  ...INTENSIFIERS.split(' ').map((w): [string, number] => [w, BOOST]),
  ...DAMPENERS.split(' ').map((w): [string, number] => [w, -BOOST]),
]);

/** A negation word, or any word with a contracted "n't". */
export const isNegation = (word: string): boolean => NEGATIONS.has(word) || word.includes("n't");
