/**
 * One ticket's life as events, Zendesk style: created (new) with the customer's description, a bot
 * acknowledgement, agent replies (public) and notes (private), pending while waiting on the customer,
 * hold while waiting on engineering, solved, sometimes reopened by the customer, closed by the system
 * four days after the last solve. Timing and reopens follow the account's latent variables; events
 * after the window's end are cut, so a young ticket is still open when the export is taken.
 * @module
 */
import type { AuthorRole, EventKind, Status } from '../core/model.js';
import { DAY_MS, MINUTE_MS } from './calendar.js';
import type { Latent } from './latent.js';
import type { Rng } from './prng.js';
import { agentSolution, botReply, holdNote, privateNote, reopenReply } from './reply-text.js';
import type { TicketFacts } from './ticket-facts.js';
import { TicketStory } from './ticket-story.js';

export interface SampleEvent {
  readonly at: number;
  readonly kind: EventKind;
  readonly authorRole: AuthorRole;
  readonly author: string;
  readonly public: boolean | null;
  readonly fromStatus: Status | null;
  readonly toStatus: Status | null;
  readonly body: string | null;
}

/** Everything the lifecycle needs to know about the ticket. */
export interface LifecycleInput {
  readonly ticketId: string;
  readonly createdAt: number;
  readonly description: string;
  readonly facts: TicketFacts;
  readonly latent: Latent;
  readonly offsetHours: number;
  readonly agent: string;
  /** Nothing at or after this instant is kept. */
  readonly endExclusive: number;
}

/** Median minutes to the first agent reply by priority, for an account with average support. */
const FIRST_REPLY_MINUTES = { urgent: 20, high: 90, normal: 240, low: 600 } as const;
/** Base chance of a reopen after a solve, by type; scaled by the account's unresolved tendency. */
const REOPEN_BASE = { bug: 0.1, help: 0.07, missing_feature: 0.05, feature_request: 0.03, other: 0.03 };
/** Probabilities of 0, 1, 2, … clarifying rounds before a solution, by type. */
const CLARIFY_ROUNDS = {
  bug: [0.2, 0.45, 0.25, 0.1],
  help: [0.45, 0.4, 0.15],
  missing_feature: [0.5, 0.35, 0.15],
  feature_request: [0.75, 0.25],
  other: [0.7, 0.3],
};
const AUTO_CLOSE_MS = 4 * DAY_MS;

/** Simulates the ticket and returns its events in time order, cut at the window's end. */
export function simulateLifecycle(input: LifecycleInput, rng: Rng): SampleEvent[] {
  const { facts, latent } = input;
  const story = new TicketStory(input, rng);
  story.move('customer', 'new');
  story.say('customer', true, input.description);
  if ((facts.channel === 'email' || facts.channel === 'web') && rng.chance(0.65)) {
    // Under a minute, so always before the first agent reply (which takes at least one).
    story.say('bot', true, botReply(input.ticketId, facts.topic), story.t + rng.int(20, 59) * 1000);
  }
  const firstMinutes = FIRST_REPLY_MINUTES[facts.priority];
  story.agentWaits(firstMinutes);
  if (rng.chance(0.3)) story.say('agent', false, privateNote(facts.topic, rng));
  story.clarify(rng.weightedIndex(CLARIFY_ROUNDS[facts.type]), firstMinutes * 0.8);

  const u = latent.unresolved;
  const escalate = (facts.type === 'bug' || facts.type === 'missing_feature') &&
    rng.chance(Math.min(0.7, 0.25 * Math.exp(0.5 * u)));
  // A few tickets get parked for months: the account's problems that never really get fixed.
  const stuck = rng.chance(Math.min(0.2, 0.015 * Math.exp(0.8 * u)));
  if (escalate || stuck) {
    story.say('agent', false, holdNote(rng));
    story.holdFor(stuck ? rng.int(60, 500) : 2 * Math.exp(0.5 * u + 0.8 * rng.normal()));
  }
  story.say('agent', true, agentSolution(facts.type, facts.topic, rng));
  story.move('agent', 'solved');

  let pReopen = Math.min(0.45, REOPEN_BASE[facts.type] * Math.exp(0.6 * u) * (stuck ? 2 : 1));
  while (rng.chance(pReopen)) {
    const solvedAt = story.t;
    const back = story.customerAnswerAt(600);
    if (back >= solvedAt + AUTO_CLOSE_MS) break; // closed by then: the customer would open a new ticket
    story.t = back;
    story.say('customer', true, reopenReply(facts.topic, rng));
    story.move('customer', 'open');
    story.agentWaits(firstMinutes * 0.8);
    story.clarify(rng.chance(0.4) ? 1 : 0, firstMinutes * 0.8);
    story.say('agent', true, agentSolution(facts.type, facts.topic, rng));
    story.move('agent', 'solved');
    pReopen *= 0.5;
  }
  story.t += AUTO_CLOSE_MS + rng.int(0, 59) * MINUTE_MS;
  story.move('system', 'closed');
  return cutAt(story.events, input.endExclusive);
}

/** Events before the end; the list is already in time order, so the first late one ends it. */
function cutAt(events: SampleEvent[], endExclusive: number): SampleEvent[] {
  const i = events.findIndex((e) => e.at >= endExclusive);
  return i === -1 ? events : events.slice(0, i);
}
