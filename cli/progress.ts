import cliProgress from 'cli-progress';

export interface Progress {
  start(total: number): void;
  advance(by: number): void;
  stop(): void;
}

/** A progress bar on a terminal, nothing otherwise (pipes and logs get the summary line only). */
export function terminalProgress(label: string): Progress | undefined {
  if (!process.stdout.isTTY) return undefined;
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total}`, clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total) => bar.start(total, 0),
    advance: (by) => bar.increment(by),
    stop: () => bar.stop(),
  };
}
