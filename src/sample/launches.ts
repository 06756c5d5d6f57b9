/**
 * Product launches: every six to ten weeks a release ships in one product area, and for about three
 * weeks after it that area draws extra tickets (the seed's "ticket spike after launch").
 * @module
 */
import type { Launch } from '../core/model.js';
import { DAY_MS, isoDate } from './calendar.js';
import type { Rng } from './prng.js';
import { LAUNCH_AREAS, type ProductArea } from './topics.js';
import type { SampleWindow } from './window.js';

/** A launch with its spike: extra volume `strength` × the base volume on launch day, decaying. */
export interface SampleLaunch {
  readonly at: number;
  readonly name: string;
  readonly area: ProductArea;
  readonly strength: number;
}

/** Spikes halve about every five days (e-folding 7 days) and are ignored after 28. */
const DECAY_DAYS = 7;
const SPIKE_DAYS = 28;

const RELEASE_WORDS: Readonly<Record<ProductArea, readonly string[]>> = {
  reporting: ['Reporting 2.0', 'Report Builder', 'Scheduled Exports'],
  dashboards: ['Dashboards Reimagined', 'Live Charts', 'Dashboard Sharing'],
  integrations: ['Salesforce Connector v3', 'Slack App', 'Integration Hub'],
  api: ['API v2', 'Webhooks 2.0', 'Bulk API'],
  admin: ['New SSO Flow', 'Roles & Permissions', 'Admin Console'],
  workflows: ['Workflow Builder', 'Approvals', 'Automation Recipes'],
  mobile: ['Mobile App 5', 'Offline Mode', 'Android Redesign'],
  billing: ['Self-serve Billing'],
};

/** Launches from the window start to its end, always on a Tuesday (release day). */
export function generateLaunches(w: SampleWindow, rng: Rng): SampleLaunch[] {
  const launches: SampleLaunch[] = [];
  const used = new Map<string, number>();
  let at = w.start + rng.int(14, 40) * DAY_MS;
  while (at < w.endExclusive) {
    const tuesday = at + (((2 - new Date(at).getUTCDay()) + 7) % 7) * DAY_MS;
    if (tuesday >= w.endExclusive) break;
    const area = rng.pick(LAUNCH_AREAS);
    const base = rng.pick(RELEASE_WORDS[area]);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    // A big release roughly doubles the day's volume; a small one adds a fifth.
    const strength = 0.2 + 0.9 * rng.next();
    launches.push({ at: tuesday, name: n === 1 ? base : `${base} (${n})`, area, strength });
    at = tuesday + rng.int(42, 70) * DAY_MS;
  }
  return launches;
}

/** Extra volume each launch adds on a day, relative to the base volume (0 outside its spike). */
export function launchBoosts(launches: readonly SampleLaunch[], day: number): number[] {
  return launches.map((l) => {
    const age = (day - l.at) / DAY_MS;
    return age < 0 || age >= SPIKE_DAYS ? 0 : l.strength * Math.exp(-age / DECAY_DAYS);
  });
}

/** The canonical launch row. */
export const launchRow = (l: SampleLaunch): Launch => ({
  date: isoDate(l.at),
  name: l.name,
  productArea: l.area,
});
