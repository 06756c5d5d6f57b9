/**
 * The canonical CSV headers and one line per record. Quoting follows RFC 4180: a field with a comma,
 * quote or line break is wrapped in quotes and its quotes doubled.
 * @module
 */
import type { Launch, Outcome, UsageRecord } from '../core/model.js';
import { isoDate, isoTime } from './calendar.js';
import { seatsAt, type SampleAccount } from './account-history.js';
import type { SampleTicket } from './generate-ticket.js';
import { lifecycleStage } from './lifecycle-stage.js';
import type { SampleEvent } from './ticket-lifecycle.js';
import { adoptionLevel } from './usage.js';
import type { SampleWindow } from './window.js';

export const SAMPLE_HEADERS = {
  accounts: 'id,name,tier,lifecycle_stage,adoption,seats,owner,region,timezone,go_live_date,renewal_date,arr,attr_industry',
  tickets: 'id,account_id,subject,description,type,category,product_area,priority,severity,impact,users_affected,customer_effort,status,channel,team,created_at,first_response_at,first_solved_at,solved_at,closed_at,reopens,interactions,csat,requester,tags',
  events: 'ticket_id,at,kind,author_role,author,public,from_status,to_status,body',
  usage: 'account_id,date,metric,value',
  launches: 'date,name,product_area',
  outcomes: 'account_id,date,outcome,amount',
} as const;

type Cell = string | number | boolean | null;

const NEEDS_QUOTES = /[",\r\n]/;

function cell(value: Cell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV line (with its newline) from cells in header order. */
export function csvLine(cells: readonly Cell[]): string {
  let line = cell(cells[0] ?? null);
  for (let i = 1; i < cells.length; i++) line += ',' + cell(cells[i] ?? null);
  return line + '\n';
}

const time = (ms: number | null): string | null => (ms === null ? null : isoTime(ms));

/** The account as the CRM shows it on the last day: seats and ARR in force then (or at churn). */
export function accountLine(a: SampleAccount, w: SampleWindow): string {
  const at = a.churnAt !== null ? a.churnAt - 1 : w.lastDay;
  const step = seatsAt(a, at);
  return csvLine([
    a.id, a.name, a.tier, lifecycleStage(a, w), adoptionLevel(a, w), step.seats, a.owner,
    a.zone.region, a.zone.timezone, isoDate(a.goLive), isoDate(a.renewalDate), step.arr, a.industry,
  ]);
}

export function ticketLine(t: SampleTicket): string {
  return csvLine([
    t.id, t.accountId, t.subject, t.description, t.type, t.category, t.productArea, t.priority,
    t.severity, t.impact, t.usersAffected, t.customerEffort, t.status, t.channel, t.team,
    isoTime(t.createdAt), time(t.firstResponseAt), time(t.firstSolvedAt), time(t.solvedAt),
    time(t.closedAt), t.reopens, t.interactions, t.csat, t.requester, t.tags.join(';'),
  ]);
}

export function eventLine(ticketId: string, e: SampleEvent): string {
  return csvLine([
    ticketId, isoTime(e.at), e.kind, e.authorRole, e.author, e.public, e.fromStatus, e.toStatus, e.body,
  ]);
}

export const usageLine = (u: UsageRecord): string => csvLine([u.accountId, u.date, u.metric, u.value]);
export const launchLine = (l: Launch): string => csvLine([l.date, l.name, l.productArea]);
export const outcomeLine = (o: Outcome): string => csvLine([o.accountId, o.date, o.outcome, o.amount]);
