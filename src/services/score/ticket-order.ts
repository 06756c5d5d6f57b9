/**
 * Ticket order: by source, then external id (as text, code unit by code unit). An account's lines
 * are rolled up in it, and its float sums depend on that order.
 * @module
 */
import { compareText } from '../../stores/shared/codec.js';

/** @example [b, a].sort(byTicketOrder) */
export const byTicketOrder = (a: { readonly source: string; readonly externalId: string }, b: { readonly source: string; readonly externalId: string }): number =>
  compareText(a.source, b.source) || compareText(a.externalId, b.externalId);

/**
 * {@link byTicketOrder} of two tickets given as source and key, where each key is its source, a
 * colon and the external id (`ticketKey`): for one source the keys differ only after that common
 * prefix, so they order as the ids do, and no id is cut out of its key.
 */
export const compareKeys = (sourceA: string, keyA: string, sourceB: string, keyB: string): number =>
  sourceA === sourceB ? compareText(keyA, keyB) : compareText(sourceA, sourceB);
