import type { Store, TicketOptionalField } from '../../stores/store.js';

export interface FieldGap {
  readonly field: string;
  readonly missing: number;
  /** 0–1 share of the source's tickets lacking the field. */
  readonly share: number;
  /** One the seed (or the config) requires every ticket to carry. */
  readonly required: boolean;
}

export interface QualityReport {
  readonly sources: readonly { readonly source: string; readonly tickets: number; readonly fields: readonly FieldGap[] }[];
  readonly stubAccounts: readonly string[];
  readonly accountsWithoutTickets: readonly string[];
  readonly imports: readonly {
    readonly id: string;
    readonly kind: string;
    readonly file: string;
    readonly status: string;
    readonly rows: number;
    readonly rejected: number;
  }[];
}

/**
 * The data-quality picture: which fields tickets lack (the seed's required ones first), which
 * accounts exist only as stubs or have no tickets, and what each import rejected.
 */
export const qualityReport = async (store: Store, requiredFields: readonly string[]): Promise<QualityReport> => {
  const [gaps, accounts, imports] = await Promise.all([
    store.ticketFieldGaps(),
    store.accountGaps(),
    store.listImports(),
  ]);
  const required = new Set(requiredFields);
  const sources = gaps.map((g) => ({
    source: g.source,
    tickets: g.tickets,
    fields: (Object.entries(g.missing) as [TicketOptionalField, number][])
      .map(([field, missing]) => ({
        field,
        missing,
        share: g.tickets === 0 ? 0 : missing / g.tickets,
        required: required.has(field),
      }))
      .sort((a, b) => Number(b.required) - Number(a.required) || b.share - a.share),
  }));
  return {
    sources,
    stubAccounts: accounts.stubs,
    accountsWithoutTickets: accounts.withoutTickets,
    imports: imports.map((i) => ({
      id: i.id,
      kind: i.kind,
      file: i.file,
      status: i.status,
      rows: i.rowsDone,
      rejected: i.rejected,
    })),
  };
};
