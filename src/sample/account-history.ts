/**
 * What happens to each account at its renewals: churn, expansion, contraction or a plain renewal,
 * drawn from the latent logistic models (`latent.ts`), never from ticket-health's own score.
 * @module
 */
import type { OutcomeKind } from '../core/model.js';
import { addYears } from './calendar.js';
import {
  CHURN_MODEL, CONTRACTION_MODEL, EXPANSION_MODEL, modelProbability,
} from './latent.js';
import type { BaseAccount } from './accounts.js';
import type { Rng } from './prng.js';
import type { SampleWindow } from './window.js';

/** One renewal decision. `amount` is positive: ARR renewed or lost, or the size of the change. */
export interface SampleOutcome {
  readonly at: number;
  readonly outcome: OutcomeKind;
  readonly amount: number;
}

/** Seats and ARR from a moment on (expansions and contractions change both). */
export interface SeatStep {
  readonly from: number;
  readonly seats: number;
  readonly arr: number;
}

export interface AccountHistory {
  readonly outcomes: readonly SampleOutcome[];
  /** Seat steps in time order; the first starts at the contract start. */
  readonly steps: readonly SeatStep[];
  /** The renewal at which the account left, or null while it is a customer at the end. */
  readonly churnAt: number | null;
  /** The next renewal after the window (or the churn date for a churned account). */
  readonly renewalDate: number;
}

/** A sampled account: its start, its latent variables and its renewal history. */
export type SampleAccount = BaseAccount & AccountHistory;

/** Walks the account's anniversaries inside the outcome window and decides each one. */
export function accountHistory(a: BaseAccount, w: SampleWindow, rng: Rng): AccountHistory {
  const outcomes: SampleOutcome[] = [];
  const steps: SeatStep[] = [{ from: a.contractStart, seats: a.seats, arr: a.arr }];
  let seats = a.seats;
  let arr = a.arr;
  for (let k = 1; ; k++) {
    const at = addYears(a.contractStart, k);
    if (at >= w.endExclusive) return { outcomes, steps, churnAt: null, renewalDate: at };
    if (at < w.outcomesStart) continue;
    // Draw all three every time so one decision never shifts the stream of the next.
    const pChurn = modelProbability(CHURN_MODEL, a.latent, a.tier, rng);
    const pExpand = modelProbability(EXPANSION_MODEL, a.latent, a.tier, rng);
    const pContract = modelProbability(CONTRACTION_MODEL, a.latent, a.tier, rng);
    const [u1, u2, u3, size] = [rng.next(), rng.next(), rng.next(), rng.next()];
    if (u1 < pChurn) {
      outcomes.push({ at, outcome: 'churned', amount: arr });
      return { outcomes, steps, churnAt: at, renewalDate: at };
    }
    if (u2 < pExpand || u3 < pContract) {
      const expand = u2 < pExpand;
      const factor = expand ? 1.1 + 0.4 * size : 0.65 + 0.25 * size;
      const scaled = Math.round(seats * factor);
      const newSeats = expand ? Math.max(seats + 1, scaled) : Math.max(1, Math.min(seats - 1, scaled));
      const newArr = Math.round((arr * newSeats) / seats / 100) * 100;
      outcomes.push({ at, outcome: expand ? 'expanded' : 'contracted', amount: Math.abs(newArr - arr) });
      seats = newSeats;
      arr = newArr;
      steps.push({ from: at, seats, arr });
    } else {
      outcomes.push({ at, outcome: 'renewed', amount: arr });
    }
  }
}

/** Seats in force at an instant. */
export function seatsAt(h: AccountHistory, at: number): SeatStep {
  let step = h.steps[0]!;
  for (const s of h.steps) if (s.from <= at) step = s;
  return step;
}
