/**
 * Worker-thread entry: the later part of a full pass (the tickets after a key) on a connection of
 * its own. Its lines go to the main thread as they are spilled, to be stored there; at the end it
 * posts each account's tally state, which the main thread merges after the account's earlier part,
 * so every rollup is the one of a single pass in key order, exactly.
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createCalendarPicker } from '../../core/calendar/choose-schedule.js';
import { connectStore } from '../../stores/open-store.js';
import { loadFactsInputs } from '../facts/facts-inputs.js';
import { packTallies } from './tally-pack.js';
import type { LaterPartMessage, LaterPartTask, LaterTime, SpilledLines } from './later-part-task.js';
import { passRange } from './pass-range.js';
import { lineSetting, spillAll } from './roll-lines.js';

/** The buffers a message carries, moved to the main thread rather than copied (each part has its own). */
const buffers = (message: LaterPartMessage): ArrayBuffer[] => {
  const parts = (list: readonly SpilledLines[]) => list.map((p) => p.lines.buffer as ArrayBuffer);
  switch (message.kind) {
    case 'parts':
      return parts(message.parts);
    case 'done':
      return message.times.flatMap((t) => [
        t.tallies.numbers.buffer as ArrayBuffer,
        t.tallies.lines.numbers.buffer as ArrayBuffer,
        ...parts(t.parts),
      ]);
    case 'failed':
      return [];
  }
};

const post = (message: LaterPartMessage): void => parentPort?.postMessage(message, buffers(message));

const run = async (task: LaterPartTask): Promise<void> => {
  const store = connectStore(task.location);
  try {
    const tickets = await store.countTickets();
    if (tickets !== task.tickets) throw new Error(`${tickets} tickets at the store's location, not ${task.tickets}: another store, or one changed since`);
    const facts = await loadFactsInputs(store, task.config);
    if (facts.version !== task.factsVersion) throw new Error(`facts version ${facts.version}, not ${task.factsVersion}: the store changed`);
    const accounts = new Map((await store.listAccounts()).map((a) => [a.id, a]));
    const settings = task.times.map((t) => lineSetting(task.config, t, facts.version));
    const context = { config: task.config, facts, calendarFor: createCalendarPicker(task.config.businessHours, task.config.timezone) };
    const result = await passRange(store, settings, context, accounts, {
      createdBefore: task.createdBefore,
      after: task.after,
      lineBudget: task.lineBudget,
      ...(task.batchSize === undefined ? {} : { batchSize: task.batchSize }),
      later: true,
      spill: (time, parts) => {
        post({ kind: 'parts', time, parts });
        return Promise.resolve();
      },
    });
    const times = result.lines.map((byAccount, i): LaterTime => ({
      tallies: packTallies([...byAccount].map(([id, acc]) => [id, acc.state()] as const)),
      parts: spillAll(byAccount),
      derived: result.derived[i] ?? 0,
    }));
    post({ kind: 'done', times });
  } finally {
    await store.close();
  }
};

run(workerData as LaterPartTask).catch((e: unknown) => post({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }));
