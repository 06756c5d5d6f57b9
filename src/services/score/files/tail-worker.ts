/**
 * Worker-thread entry: tallies the ticket lines of a tickets CSV's tail per account and, at the
 * end, posts the tallies' states once, packed. The main thread merges each after its own part's
 * tally of the account, so the result is the one-pass result exactly; no line crosses threads
 * but the few each tally keeps as movers.
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { TicketEvent } from '../../../core/model.js';
import { givenSentiment } from '../file-facts.js';
import { emptyRejections } from '../read-file-records.js';
import { AccountTallies } from './account-tallies.js';
import { readTicketRows, sentimentColumn } from './read-ticket-rows.js';
import type { TailMessage, TailTask } from './tail-task.js';
import { packTallies } from '../tally-pack.js';
import { TicketLiner } from './ticket-liner.js';

const NO_EVENTS: readonly TicketEvent[] = [];

const post = (message: TailMessage) => {
  if (message.kind === 'done') {
    const { numbers, lines } = message.tallies;
    parentPort?.postMessage(message, [numbers.buffer as ArrayBuffer, lines.numbers.buffer as ArrayBuffer]);
  } else parentPort?.postMessage(message);
};

const run = async (task: TailTask): Promise<void> => {
  const rejections = emptyRejections();
  const liner = new TicketLiner(task.config, task.asOf, task.accounts);
  // A later part: its tallies keep what a merge after the head's needs.
  const tallies = new AccountTallies(task.config, liner.window, task.accounts, (id) => liner.termsOf(id), { later: true });
  const column = sentimentColumn(task.header);
  const rows = await readTicketRows(
    task.path,
    task.config,
    rejections,
    () => (ticket, fields) => {
      if (ticket.createdAt > task.asOf) return;
      const sentiment = column === -1 ? undefined : givenSentiment(fields[column] ?? '');
      const entry = tallies.entry(ticket.accountId);
      tallies.addTo(entry, liner.lineOf(ticket, NO_EVENTS, sentiment, entry.terms));
    },
    { kind: 'tail', from: task.from, header: task.header },
  );
  post({ kind: 'done', rows, rejections, tallies: packTallies(tallies.states()) });
};

run(workerData as TailTask).catch((e: unknown) => post({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }));
