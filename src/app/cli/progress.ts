import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number | null, label: string): void;
  stop(): void;
}

const silent: Progress = { update: () => undefined, stop: () => undefined };

/** A progress bar on a terminal; nothing at all in `--json` mode or when stderr is not a TTY. */
export const createProgress = (enabled: boolean): Progress => {
  if (!enabled || !process.stderr.isTTY) return silent;
  const bar = new cliProgress.SingleBar(
    { format: ' {label} [{bar}] {percentage}% | {rows} rows', stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, label) {
      if (!started) {
        bar.start(total ?? done, 0, { label, rows: 0 });
        started = true;
      }
      if (total !== null) bar.setTotal(total);
      bar.update(done, { label });
    },
    stop() {
      if (started) bar.stop();
    },
  };
};
