/** A progress bar with counts and ETA on a terminal; silent with --json or when not a TTY. */
import cliProgress from 'cli-progress';
import type { Progress } from '../pipeline/index.ts';

const LABELS: Record<Progress['phase'], string> = { read: 'reading', analyse: 'analysing', corpus: 'cross-checking', write: 'writing' };

export interface ProgressView {
  update(p: Progress): void;
  stop(): void;
}

export function progressView(enabled: boolean, stream: NodeJS.WriteStream = process.stderr): ProgressView {
  if (!enabled || !stream.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { format: '{phase} [{bar}] {value}/{total} docs | ETA {eta_formatted}', stream, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(p) {
      if (p.phase !== 'analyse') {
        if (started) bar.update({ phase: LABELS[p.phase] });
        else stream.write(`${LABELS[p.phase]}…\n`);
        return;
      }
      if (!started) {
        bar.start(p.total, 0, { phase: LABELS.analyse });
        started = true;
      }
      bar.update(p.done, { phase: LABELS.analyse });
    },
    stop: () => started && bar.stop(),
  };
}
