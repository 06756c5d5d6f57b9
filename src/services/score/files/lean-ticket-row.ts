/**
 * A tickets row read from only the fields scoring needs, when the file gives each ticket's type and
 * sentiment: no canonical row object, no subject, description, tags or other text. Every field the import
 * could refuse a row over is still checked, the same way (`FieldReader`, `readCsat`); a row that
 * has any problem, or no type, is left to the full `parseTicketRow` (which then gives the import's
 * own problems, or the text the type rules read).
 * @module
 */
import type { Instant, Severity, Status, Ticket, TicketType } from '../../../core/model.js';
import type { ColumnPlan } from '../../../sources/csv/column-plan.js';
import { readCsat } from '../../../sources/csv/csat.js';
import { FieldReader, type RowContext } from '../../../sources/csv/field-reader.js';

/**
 * The fields read: those scoring uses, and those a row can be refused over. Not the subject: it
 * would only name the ticket as a mover, and scoring from files names none.
 */
const FIELDS = [
  'id', 'account_id', 'type', 'severity', 'priority', 'impact', 'users_affected', 'status', 'created_at',
  'first_response_at', 'first_solved_at', 'solved_at', 'closed_at', 'reopens', 'interactions', 'csat',
] as const;

type Field = (typeof FIELDS)[number];

const NO_TAGS: readonly string[] = Object.freeze([]);

/**
 * Column index per field (-1: no such column); null when a field is fed by several columns or by a
 * value table (the full parse joins and translates them).
 */
const columnsOf = (plan: ColumnPlan): Record<Field, number> | null => {
  const out = {} as Record<Field, number>;
  for (const field of FIELDS) {
    const source = plan.fields.find((f) => f.field === field);
    if (source !== undefined && (source.columns.length !== 1 || source.values !== null)) return null;
    out[field] = source?.columns[0] ?? -1;
  }
  return out;
};

export interface LeanTicketReader {
  /** The column indexes read. */
  readonly columns: readonly number[];
  /** The ticket, or null: leave the row to the full parse. */
  read(fields: readonly string[]): Ticket | null;
}

/**
 * @example const lean = leanTicketReader(plan, ctx); const ticket = lean?.read(fields) ?? fullParse(fields);
 * @returns null when this file's columns cannot be read lean
 */
export const leanTicketReader = (plan: ColumnPlan, ctx: RowContext): LeanTicketReader | null => {
  const c = columnsOf(plan);
  if (c === null) return null;
  const at = (fields: readonly string[], i: number): string | undefined => (i === -1 ? undefined : fields[i]);
  const read = (f: readonly string[]): Ticket | null => {
    // One fixed-shape object: FieldReader reads it as it reads a canonical row.
    const row = {
      id: at(f, c.id), account_id: at(f, c.account_id), type: at(f, c.type),
      severity: at(f, c.severity), priority: at(f, c.priority), impact: at(f, c.impact),
      users_affected: at(f, c.users_affected), status: at(f, c.status), created_at: at(f, c.created_at),
      first_response_at: at(f, c.first_response_at), first_solved_at: at(f, c.first_solved_at),
      solved_at: at(f, c.solved_at), closed_at: at(f, c.closed_at), reopens: at(f, c.reopens),
      interactions: at(f, c.interactions), csat: at(f, c.csat),
    };
    const r = new FieldReader(row, ctx.dates);
    const type = r.word<TicketType>('type');
    if (type === null) return null;
    const externalId = r.required('id');
    const accountId = r.required('account_id');
    // Exports often repeat a time (first reply = first solve = solve): the same text is read once.
    let lastText: string | undefined;
    let last: Instant | null = null;
    const instant = (field: Field, required: boolean): Instant | null => {
      const text = row[field];
      if (text !== undefined && text === lastText) return last;
      const issues = r.issues.length;
      const value = r.instant(field, required);
      if (r.issues.length === issues) [lastText, last] = [text, value];
      return value;
    };
    const createdAt = instant('created_at', true);
    const solvedAt = instant('solved_at', false);
    const firstSolvedAt = instant('first_solved_at', false);
    const firstResponseAt = instant('first_response_at', false);
    const closedAt = instant('closed_at', false);
    const ticket: Ticket = {
      source: ctx.sourceName,
      externalId,
      accountId,
      requester: null,
      subject: null,
      description: null,
      type,
      category: null,
      productArea: null,
      priority: r.text('priority'),
      severity: r.word<Severity>('severity'),
      impact: r.text('impact'),
      usersAffected: r.count('users_affected'),
      customerEffort: null,
      status: r.word<Status>('status') ?? (closedAt !== null ? 'closed' : solvedAt !== null ? 'solved' : 'open'),
      channel: null,
      team: null,
      createdAt: createdAt ?? 0,
      firstResponseAt,
      firstSolvedAt,
      solvedAt,
      closedAt,
      reopens: r.count('reopens'),
      interactions: r.count('interactions'),
      csat: null,
      tags: NO_TAGS,
    };
    const csat = r.text('csat');
    if (r.issues.length > 0 || (csat !== null && !readCsat(csat, ctx.csatScale).ok)) return null;
    return ticket;
  };
  return { columns: Object.values(c).filter((i) => i !== -1), read };
};
