/**
 * CSAT as sources give it, kept raw and put on a 0–1 scale.
 * @module
 */
import type { Csat } from '../../core/model.js';

export type CsatRead =
  | { readonly ok: true; readonly value: Csat | null }
  | { readonly ok: false; readonly message: string };

const FRACTION = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Reads one rating: Zendesk's binary `good`/`bad` (1/0; `offered`/`unoffered` mean no rating yet,
 * so null), `x/y` (x out of y), or a plain number on the configured scale. Other scales (e.g.
 * Freshdesk's −103..103) go through the mapping's `values`.
 * @example readCsat('4', { min: 1, max: 5 }) // { ok: true, value: { raw: '4', score: 0.75 } }
 */
export function readCsat(raw: string, scale: { readonly min: number; readonly max: number }): CsatRead {
  const t = raw.trim();
  const word = t.toLowerCase();
  if (word === 'good') return { ok: true, value: { raw: t, score: 1 } };
  if (word === 'bad') return { ok: true, value: { raw: t, score: 0 } };
  if (word === 'offered' || word === 'unoffered') return { ok: true, value: null };
  const f = FRACTION.exec(t);
  if (f !== null) {
    const x = Number(f[1]);
    const y = Number(f[2]);
    if (y <= 0 || x > y) return { ok: false, message: `not a rating out of ${f[2]}: "${t}"` };
    return { ok: true, value: { raw: t, score: x / y } };
  }
  if (NUMBER.test(t)) {
    const v = Number(t);
    if (v < scale.min || v > scale.max) {
      return {
        ok: false,
        message: `${t} is outside the CSAT scale ${scale.min}–${scale.max} (set csat.min/max, or map the values)`,
      };
    }
    return { ok: true, value: { raw: t, score: (v - scale.min) / (scale.max - scale.min) } };
  }
  return {
    ok: false,
    message: `not a CSAT rating: "${t}" (expected good/bad, x/y or a number from ${scale.min} to ${scale.max})`,
  };
}
