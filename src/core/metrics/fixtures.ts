/**
 * Hand-built tickets and events for the metrics tests: every field a plain default, so a test
 * states only what it is about. Times are written as ISO text so a reader can check the arithmetic.
 * @module
 */
import { compileCalendar } from '../calendar/compile-calendar.js';
import { OFFICE_HOURS } from '../calendar/schedule.js';
import type { AuthorRole, Instant, Status, Ticket, TicketEvent } from '../model.js';

export const at = (iso: string): Instant => Date.parse(iso);

/** Mon–Fri 09:00–17:00 UTC: business minutes are easy to count by hand. */
export const officeUtc = compileCalendar({
  name: 'office-utc',
  timezone: 'UTC',
  weekly: OFFICE_HOURS,
  holidays: [],
});

export const makeTicket = (over: Partial<Ticket> = {}): Ticket => ({
  source: 'test',
  externalId: 'T1',
  accountId: 'A1',
  requester: null,
  subject: null,
  description: null,
  type: null,
  category: null,
  productArea: null,
  priority: null,
  severity: null,
  impact: null,
  usersAffected: null,
  customerEffort: null,
  status: 'new',
  channel: null,
  team: null,
  // Monday 6 Jan 2025, 09:00 UTC: the start of a business day.
  createdAt: at('2025-01-06T09:00Z'),
  firstResponseAt: null,
  firstSolvedAt: null,
  solvedAt: null,
  closedAt: null,
  reopens: null,
  interactions: null,
  csat: null,
  tags: [],
  ...over,
});

const base = { source: 'test', ticketId: 'T1', author: null, body: null } as const;

export const statusChange = (iso: string, from: Status | null, to: Status, seq = 0): TicketEvent => ({
  ...base,
  at: at(iso),
  seq,
  kind: 'status_change',
  authorRole: null,
  public: null,
  fromStatus: from,
  toStatus: to,
});

export const comment = (iso: string, role: AuthorRole, isPublic: boolean, seq = 0): TicketEvent => ({
  ...base,
  at: at(iso),
  seq,
  kind: 'comment',
  authorRole: role,
  public: isPublic,
  fromStatus: null,
  toStatus: null,
});
