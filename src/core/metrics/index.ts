/**
 * Per-ticket metrics and what is judged from them: business hours, SLA and severity. The entry the
 * rest of the core (and `core/index.ts`) imports.
 * @example
 * const calendarFor = createCalendarPicker(config.businessHours, config.timezone);
 * const calendar = calendarFor(account);
 * const metrics = computeTicketMetrics(ticket, events, asOf, calendar);
 * const severity = decideSeverity(ticket, config.severity);
 * const sla = evaluateSla(metrics, severity.severity, account.tier, calendar, config.sla, asOf);
 * @module
 */
export { computeTicketMetrics } from './compute-ticket-metrics.js';
export { measure } from './measure.js';
export * from '../calendar/index.js';
export * from '../sla/index.js';
export * from '../severity/index.js';
