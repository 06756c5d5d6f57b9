/**
 * "Business-hours-ish" timing: the support team covers weekdays 06:00–22:00 UTC (two shifts, EMEA and
 * the Americas) and answers urgent tickets around the clock; customers reply in their own office hours.
 * @module
 */
import { DAY_MS, HOUR_MS, MINUTE_MS } from './calendar.js';
import type { Rng } from './prng.js';

const SUPPORT_OPEN_HOUR = 6;
const SUPPORT_CLOSE_HOUR = 22;
const CUSTOMER_OPEN_HOUR = 8;
const CUSTOMER_CLOSE_HOUR = 19;

/** The first instant ≥ `at` inside [open, close) on a weekday, in a zone `offsetHours` from UTC. */
function nextOpen(at: number, offsetHours: number, open: number, close: number): number {
  const shift = offsetHours * HOUR_MS;
  let local = at + shift;
  for (let i = 0; i < 8; i++) {
    const midnight = Math.floor(local / DAY_MS) * DAY_MS;
    const weekday = new Date(midnight).getUTCDay();
    const hour = (local - midnight) / HOUR_MS;
    if (weekday !== 0 && weekday !== 6) {
      if (hour < open) return midnight + open * HOUR_MS - shift;
      if (hour < close) return local - shift;
    }
    local = midnight + DAY_MS;
  }
  return local - shift;
}

/**
 * When an agent can act on something that became actionable at `at`. Outside the shifts the queue
 * waits for the next shift, and the first hour of a shift works off the backlog.
 */
export function agentTime(at: number, urgent: boolean, rng: Rng): number {
  if (urgent) return at;
  const open = nextOpen(at, 0, SUPPORT_OPEN_HOUR, SUPPORT_CLOSE_HOUR);
  return open === at ? at : open + Math.floor(rng.next() * 90 * MINUTE_MS);
}

/** When a customer in a zone `offsetHours` from UTC answers something that reached them at `at`. */
export function customerTime(at: number, offsetHours: number, rng: Rng): number {
  const open = nextOpen(at, offsetHours, CUSTOMER_OPEN_HOUR, CUSTOMER_CLOSE_HOUR);
  return open === at ? at : open + Math.floor(rng.next() * 3 * HOUR_MS);
}

/** A log-normal delay in ms with median `medianMinutes` and log-spread `sigma`. */
export function delay(medianMinutes: number, sigma: number, rng: Rng): number {
  return Math.max(MINUTE_MS, Math.round(medianMinutes * MINUTE_MS * Math.exp(sigma * rng.normal())));
}
