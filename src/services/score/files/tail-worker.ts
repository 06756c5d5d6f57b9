/**
 * Worker-thread entry: builds the ticket lines of a tickets CSV's tail and posts them in packed
 * batches, in file order. It tallies nothing: the main thread adds these lines after its own, so
 * the result is the one-pass result exactly.
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { TicketEvent } from '../../../core/model.js';
import { givenSentiment } from '../file-facts.js';
import { emptyRejections } from '../read-file-records.js';
import { LinePacker } from './line-pack.js';
import { readTicketRows, sentimentColumn } from './read-ticket-rows.js';
import { STOPPED, TAKEN, type TailMessage, type TailTask } from './tail-task.js';
import { type AccountTerms, TicketLiner } from './ticket-liner.js';

const NO_EVENTS: readonly TicketEvent[] = [];

const post = (message: TailMessage) => {
  if (message.kind === 'lines') parentPort?.postMessage(message, [message.lines.numbers.buffer as ArrayBuffer]);
  else parentPort?.postMessage(message);
};

/**
 * Waits, blocking this thread, while `maxQueued` posted batches are not yet taken: the main thread
 * takes the tail's lines only once it has read the head, so a thread running ahead on a large file
 * would otherwise queue lines there without bound.
 */
const waitForRoom = (control: Int32Array, posted: number, maxQueued: number): void => {
  for (;;) {
    const taken = Atomics.load(control, TAKEN);
    if (posted - taken < maxQueued || Atomics.load(control, STOPPED) === 1) return;
    // Woken by the main thread taking a batch; the timeout only re-checks the stop flag.
    Atomics.wait(control, TAKEN, taken, 250);
  }
};

const run = async (task: TailTask): Promise<void> => {
  const control = new Int32Array(task.control);
  let posted = 0;
  const postLines = () => {
    post({ kind: 'lines', lines: packer.take() });
    posted += 1;
    waitForRoom(control, posted, task.maxQueued);
  };
  const rejections = emptyRejections();
  const liner = new TicketLiner(task.config, task.asOf, task.accounts);
  const packer = new LinePacker(task.batchLines);
  const column = sentimentColumn(task.header);
  // One lookup per ticket: the account's number in the batches and its terms.
  const seen = new Map<string, { readonly k: number; readonly terms: AccountTerms }>();
  const rows = await readTicketRows(
    task.path,
    task.config,
    rejections,
    () => (ticket, fields) => {
      if (ticket.createdAt > task.asOf) return;
      const sentiment = column === -1 ? undefined : givenSentiment(fields[column] ?? '');
      let a = seen.get(ticket.accountId);
      if (a === undefined) {
        a = { k: packer.account(ticket.accountId), terms: liner.termsOf(ticket.accountId) };
        seen.set(ticket.accountId, a);
      }
      if (packer.add(a.k, liner.lineOf(ticket, NO_EVENTS, sentiment, a.terms))) postLines();
    },
    { kind: 'tail', from: task.from, header: task.header },
  );
  if (packer.count > 0) post({ kind: 'lines', lines: packer.take() });
  post({ kind: 'done', rows, rejections });
};

run(workerData as TailTask).catch((e: unknown) => post({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }));
