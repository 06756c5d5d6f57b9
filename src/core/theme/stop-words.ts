/**
 * Words that never name a topic: English function words plus the small talk and request vocabulary
 * of support tickets ("hi", "please", "issue", "help"), which every ticket shares.
 * @module
 */
const ENGLISH =
  'a about above after again against all also am an and any are as at be because been before being ' +
  'below between both but by can cannot could did do does doing down during each either else even ' +
  'ever every few for from further get gets getting got had has have having he her here hers him his ' +
  'how i if in into is it its itself just let like may me might more most must my no nor not now of ' +
  'off on once only or other our ours out over own same she should since so some still such than ' +
  'that the their theirs them then there these they this those though through to too under until up ' +
  'upon us very was we were what when where whether which while who whom why will with within ' +
  'without would yet you your yours dont doesnt cant wont isnt didnt im ive id';
const TICKETS =
  'hi hello hey dear team thanks thank regards cheers please pls kindly help issue issues problem ' +
  'problems question questions request need needs want wants trying try tried able unable way use ' +
  'using used work working works know see seems seem thing things something anyone someone one ' +
  'time today yesterday asap urgent support ticket';

export const STOP_WORDS: ReadonlySet<string> = new Set(`${ENGLISH} ${TICKETS}`.split(' '));
