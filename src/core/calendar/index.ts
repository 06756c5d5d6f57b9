/**
 * Business hours: schedules, calendars compiled from them, and business minutes between instants.
 * @module
 */
export * from './schedule.js';
export * from './compile-calendar.js';
export * from './business-minutes.js';
export * from './choose-schedule.js';
