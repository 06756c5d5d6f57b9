/**
 * The moving parts of one ticket's simulation: a clock, the current status, and the events written
 * so far, with the few moves a helpdesk conversation is made of. `ticket-lifecycle.ts` tells the story.
 * @module
 */
import type { AuthorRole, Status } from '../core/model.js';
import { DAY_MS } from './calendar.js';
import type { Rng } from './prng.js';
import { BOT_NAME, agentQuestion, customerReply } from './reply-text.js';
import type { LifecycleInput, SampleEvent } from './ticket-lifecycle.js';
import { agentTime, customerTime, delay } from './working-hours.js';

/** A ticket being written: events only ever go forward in time. */
export class TicketStory {
  readonly events: SampleEvent[] = [];
  /** The story's clock (epoch ms). */
  t: number;
  private status: Status | null = null;
  private readonly urgent: boolean;
  /** The account's support slowness as a multiplier on every agent delay. */
  private readonly slow: number;

  constructor(private readonly input: LifecycleInput, private readonly rng: Rng) {
    this.t = input.createdAt;
    this.urgent = input.facts.priority === 'urgent';
    this.slow = Math.exp(0.45 * input.latent.slowSupport);
  }

  private authorOf(role: AuthorRole): string {
    if (role === 'agent') return this.input.agent;
    if (role === 'customer') return this.input.facts.requesterName;
    return role === 'bot' ? BOT_NAME : 'system';
  }

  /** A comment at `at` (default: now). */
  say(role: AuthorRole, isPublic: boolean, body: string, at = this.t): void {
    this.events.push({
      at, kind: 'comment', authorRole: role, author: this.authorOf(role), public: isPublic,
      fromStatus: null, toStatus: null, body,
    });
  }

  /** A status change now, chained from the current status. */
  move(role: AuthorRole, to: Status): void {
    this.events.push({
      at: this.t, kind: 'status_change', authorRole: role, author: this.authorOf(role), public: null,
      fromStatus: this.status, toStatus: to, body: null,
    });
    this.status = to;
  }

  /** Advances the clock to the agent's next action, `medianMinutes` of work after the queue opens. */
  agentWaits(medianMinutes: number): void {
    const start = agentTime(this.t, this.urgent, this.rng);
    this.t = agentTime(start + delay(medianMinutes * this.slow, 0.7, this.rng), this.urgent, this.rng);
  }

  /** Advances the clock to a customer's answer, in their office hours. */
  customerWaits(medianMinutes = 150): void {
    this.t = this.customerAnswerAt(medianMinutes);
  }

  /** When the customer would answer, without moving the clock. */
  customerAnswerAt(medianMinutes: number): number {
    return customerTime(this.t + delay(medianMinutes, 1.0, this.rng), this.input.offsetHours, this.rng);
  }

  /** Parks the ticket on hold for `days`, then the agent picks it up again. */
  holdFor(days: number): void {
    this.move('agent', 'hold');
    this.t = agentTime(this.t + Math.round(days * DAY_MS), this.urgent, this.rng);
  }

  /** Question → pending → customer answer → open → agent again, `rounds` times. */
  clarify(rounds: number, agentMinutes: number): void {
    for (let r = 0; r < rounds; r++) {
      this.say('agent', true, agentQuestion(this.input.facts.topic, this.rng));
      this.move('agent', 'pending');
      this.customerWaits();
      this.say('customer', true, customerReply(this.rng));
      this.move('customer', 'open');
      this.agentWaits(agentMinutes);
    }
  }
}
