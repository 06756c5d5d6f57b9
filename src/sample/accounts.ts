/**
 * The accounts of the sample company as they start: tier, seats, place, people, contract dates and the
 * latent variables. What happens to them later (renewals, churn) is `account-history.ts`.
 * @module
 */
import { DAY_MS, addMonths } from './calendar.js';
import {
  INDUSTRIES, NAME_HEADS, NAME_SUFFIXES, NAME_TAILS, OWNERS, TIERS, TIER_SPECS, ZONES,
  type Tier, type Zone,
} from './catalog.js';
import { drawLatent, type Latent } from './latent.js';
import type { Rng } from './prng.js';
import type { SampleWindow } from './window.js';

/** An account at its contract start, with the hidden variables that drive its story. */
export interface BaseAccount {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly tier: Tier;
  readonly zone: Zone;
  readonly owner: string;
  readonly industry: string;
  /** Contract start: renewals fall on its anniversaries. */
  readonly contractStart: number;
  readonly goLive: number;
  readonly seats: number;
  readonly arr: number;
  /** Share of seats active at steady state, before the usage trend. */
  readonly adoption: number;
  /** Email domain of the account's requesters. */
  readonly domain: string;
  readonly latent: Latent;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Unique, plausible company names; a repeat gets a number so 100k accounts stay distinct. */
function companyName(rng: Rng, seen: Map<string, number>): string {
  const base = `${rng.pick(NAME_HEADS)} ${rng.pick(NAME_TAILS)} ${rng.pick(NAME_SUFFIXES)}`;
  const count = (seen.get(base) ?? 0) + 1;
  seen.set(base, count);
  return count === 1 ? base : `${base} ${count}`;
}

function domainOf(name: string, index: number): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug}-${index}.example.com`;
}

/** Most accounts were live before the window; a fifth are new logos who go live inside it. */
function drawGoLive(rng: Rng, w: SampleWindow): number {
  if (rng.chance(0.2)) return w.start + Math.floor(rng.next() * (w.endExclusive - w.start) / DAY_MS) * DAY_MS;
  const monthsBefore = rng.int(1, 48);
  return addMonths(w.start, -monthsBefore) + rng.int(0, 27) * DAY_MS;
}

/**
 * Draws `count` accounts. Tiers by share, seats log-uniform in the tier's range, ARR = seats × price
 * × a negotiated discount, enterprise accounts owned by the senior CSMs.
 */
export function generateAccounts(count: number, w: SampleWindow, rng: Rng): BaseAccount[] {
  const width = Math.max(5, String(count).length);
  const seen = new Map<string, number>();
  const tierWeights = TIERS.map((t) => TIER_SPECS[t].share);
  const zoneWeights = ZONES.map((z) => z.share);
  const accounts: BaseAccount[] = [];
  for (let i = 0; i < count; i++) {
    const tier = TIERS[rng.weightedIndex(tierWeights)] ?? 'smb';
    const spec = TIER_SPECS[tier];
    const seats = Math.round(spec.minSeats * Math.pow(spec.maxSeats / spec.minSeats, rng.next()));
    const discount = 0.7 + 0.3 * rng.next();
    const goLive = drawGoLive(rng, w);
    const name = companyName(rng, seen);
    accounts.push({
      index: i,
      id: `A${pad(i + 1, width)}`,
      name,
      tier,
      zone: ZONES[rng.weightedIndex(zoneWeights)] ?? ZONES[0]!,
      owner: tier === 'enterprise' ? rng.pick(OWNERS.slice(0, 4)) : rng.pick(OWNERS.slice(4)),
      industry: rng.pick(INDUSTRIES),
      contractStart: goLive - rng.int(14, 60) * DAY_MS,
      goLive,
      seats,
      arr: Math.round((seats * spec.pricePerSeat * discount) / 100) * 100,
      adoption: Math.min(0.95, spec.adoption * Math.exp(0.25 * rng.normal())),
      domain: domainOf(name, i + 1),
      latent: drawLatent(rng),
    });
  }
  return accounts;
}
