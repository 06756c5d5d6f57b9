// The lexicon module of `vader-sentiment` (pure data, no I/O); the package ships no types.
declare module 'vader-sentiment/src/vader_lexicon.js' {
  /** Word or emoticon → mean human valence rating, from -4 (most negative) to +4. */
  export const lexicon: Readonly<Record<string, number>>;
}
