/**
 * Subjects and descriptions composed from fragments SHARED between ticket types: every fragment has a
 * weight per type, so "doesn't work" shows up in bugs and how-tos alike, and "Is it possible to export
 * to CSV?" can be a missing feature, a feature request or a help question. Not one template per type.
 * @module
 */
import type { TicketType } from '../core/model.js';
import type { Rng } from './prng.js';
import type { Topic } from './topics.js';

/** A text fragment and its weight for each type, in `TYPE_ORDER`. */
type Fragment = readonly [text: string, weights: readonly [number, number, number, number, number]];
const TYPE_ORDER: readonly TicketType[] = ['missing_feature', 'feature_request', 'bug', 'help', 'other'];

// {Noun} = topic noun capitalised, {noun}, {action}; weights: missing, request, bug, help, other.
const SUBJECTS: readonly Fragment[] = [
  ["{Noun} doesn't work", [0.02, 0, 0.3, 0.2, 0.02]],
  ["Can't {action}", [0.25, 0.02, 0.15, 0.2, 0.05]],
  ['How do I {action}?', [0.08, 0.03, 0.02, 0.25, 0.08]],
  ['Is it possible to {action}?', [0.2, 0.2, 0, 0.15, 0.05]],
  ['Request: {noun}', [0.12, 0.3, 0, 0, 0.05]],
  ['{Noun} is a blocker for our rollout', [0.2, 0.02, 0.05, 0.02, 0]],
  ['Error when trying to {action}', [0, 0, 0.25, 0.06, 0]],
  ['{Noun} stopped working after the update', [0, 0, 0.15, 0.05, 0]],
  ['Idea: better {noun}', [0.02, 0.25, 0, 0, 0]],
  ['Question about {noun}', [0.05, 0.08, 0.03, 0.12, 0.5]],
  ['{Noun}', [0.04, 0.05, 0.03, 0.05, 0.1]],
  ['Need {noun} before our renewal', [0.05, 0.02, 0, 0, 0.15]],
];

const PROBLEMS: readonly Fragment[] = [
  ["It doesn't work: nothing happens when we click Save.", [0.02, 0, 0.25, 0.2, 0]],
  ['We get an error ({error}) every time.', [0, 0, 0.3, 0.08, 0]],
  ['There is no option to {action} at the moment, as far as we can tell.', [0.35, 0.15, 0, 0.15, 0.05]],
  ['It would be great if we could {action} without a workaround.', [0.15, 0.4, 0, 0.03, 0]],
  ["We couldn't find this in the documentation.", [0.1, 0.05, 0.02, 0.3, 0.05]],
  ['This used to work before the last update.', [0, 0, 0.25, 0.05, 0]],
  ["Our previous tool did this out of the box, so we assumed you would too.", [0.2, 0.15, 0, 0, 0.02]],
  ['Could you walk us through the steps?', [0.02, 0, 0, 0.25, 0.05]],
  ['We need to sort this out before our renewal.', [0.1, 0.02, 0.03, 0.02, 0.35]],
  ['Please send us the details for our account.', [0, 0, 0, 0.05, 0.4]],
];

const GREETINGS = ['Hi team,', 'Hello,', 'Hi support,', 'Good morning,', 'Hey there,'];
const CONTEXTS = [
  "We're trying to {action} for our {dept} team.",
  'Our {dept} team needs to {action} every week.',
  'Since Monday we have been trying to {action}.',
  'A colleague in {dept} asked me to {action}.',
];
const DEPARTMENTS = ['finance', 'sales', 'operations', 'marketing', 'support', 'HR'];
const ERRORS = [
  '500 Internal Server Error',
  'Error 403: forbidden',
  'timeout after 30s',
  '"Something went wrong, please try again"',
  'ERR_SYNC_FAILED',
];
const IMPACTS: Readonly<Record<string, readonly string[]>> = {
  blocking: ['This is blocking {users} right now.', 'Our whole team is stuck, please help asap.'],
  degraded: ['{users} affected; we have a workaround, but it is slow.', 'It slows {users} down every day.'],
  minor: ["Not a big deal, but it's annoying.", 'Only {users} noticed so far.'],
  none: ['No rush on this.', 'Just curious, whenever you have time.'],
};

const byType = (fragments: readonly Fragment[], type: TicketType): number[] => {
  const i = TYPE_ORDER.indexOf(type);
  return fragments.map(([, w]) => w[i] ?? 0);
};
const SUBJECT_WEIGHTS = new Map(TYPE_ORDER.map((t) => [t, byType(SUBJECTS, t)]));
const PROBLEM_WEIGHTS = new Map(TYPE_ORDER.map((t) => [t, byType(PROBLEMS, t)]));

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function fill(template: string, topic: Topic, rng: Rng, users = 'some users'): string {
  return template
    .replace('{Noun}', capitalise(topic.noun))
    .replace('{noun}', topic.noun)
    .replace('{action}', topic.action)
    .replace('{dept}', rng.pick(DEPARTMENTS))
    .replace('{error}', rng.pick(ERRORS))
    .replace('{users}', users);
}

/** A subject for a ticket of `type` about `topic`; critical ones often shout. */
export function composeSubject(type: TicketType, topic: Topic, critical: boolean, rng: Rng): string {
  const fragment = SUBJECTS[rng.weightedIndex(SUBJECT_WEIGHTS.get(type) ?? [])]!;
  const subject = fill(fragment[0], topic, rng);
  return critical && rng.chance(0.4) ? `URGENT: ${subject}` : subject;
}

/** What the description says about impact and scope, in the requester's words. */
export interface DescriptionFacts {
  readonly impact: string;
  readonly usersAffected: number;
  readonly requesterName: string;
}

/**
 * A description of 2–5 sentences: greeting, context, one or two problems, impact, signature. About a
 * fifth are written on separate lines, as real emails are (quoted newlines in the CSV).
 */
export function composeDescription(
  type: TicketType, topic: Topic, facts: DescriptionFacts, rng: Rng,
): string {
  const multiLine = rng.chance(0.2);
  const users = facts.usersAffected === 1 ? 'one user' : `${facts.usersAffected} users`;
  const parts: string[] = [];
  if (rng.chance(0.6)) parts.push(rng.pick(GREETINGS));
  parts.push(fill(rng.pick(CONTEXTS), topic, rng));
  const weights = PROBLEM_WEIGHTS.get(type) ?? [];
  const problem = rng.weightedIndex(weights);
  parts.push(fill(PROBLEMS[problem]![0], topic, rng));
  if (rng.chance(0.4)) {
    const second = rng.weightedIndex(weights);
    if (second !== problem) parts.push(fill(PROBLEMS[second]![0], topic, rng));
  }
  parts.push(fill(rng.pick(IMPACTS[facts.impact] ?? IMPACTS['minor']!), topic, rng, users));
  const first = facts.requesterName.split(' ')[0] ?? '';
  parts.push(multiLine && rng.chance(0.5) ? `Best regards,\n${facts.requesterName}` : `Thanks, ${first}`);
  return parts.join(multiLine ? '\n' : ' ');
}
