/**
 * Adjustments of VADER's general-English lexicon for support tickets. VADER was rated on social
 * media text, where "support", "help" or "like" express a feeling; in a ticket they are the
 * vocabulary of the request itself ("please help", "I would like to export", "contact support")
 * and would make every polite ticket look happy. A few ticket-specific complaint words that the
 * lexicon lacks get the valence of their nearest lexicon relative.
 * @module
 */

export const SUPPORT_LEXICON: Readonly<Record<string, number>> = {
  // Request vocabulary: neutral in a ticket.
  support: 0,
  help: 0,
  please: 0,
  like: 0,
  share: 0,
  true: 0,
  free: 0, // "free plan", "free trial"
  kind: 0, // "what kind of"
  well: 0, // "as well"
  join: 0,
  solution: 0,
  save: 0, // "the save button"
  care: 0, // "customer care"
  yes: 0,
  // Complaint words missing from the lexicon, valued like their nearest entry.
  crashes: -1.7, // as "crash"
  crashing: -1.7,
  crashed: -1.7,
  buggy: -1.5, // between "flawed" and "faulty"
  laggy: -1.4, // as "lag"
  slow: -1.0,
  unusable: -1.8, // as "useless"
  outage: -1.5,
  impossible: -1.5,
  escalate: -1.0,
  // "urgent" is rated mildly positive in general English; in a ticket it signals pressure.
  urgent: -0.5,
};
