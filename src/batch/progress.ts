import { localizeDecimal, type Lang } from '../i18n.js';
import { LOCALE_WORDS } from '../messages/words.js';

export interface Progress {
  tick(count?: number): void;
  /** Erase the line (before anything else is printed on stderr). */
  done(): void;
}

const SILENT: Progress = { tick: () => undefined, done: () => undefined };

/**
 * One updating line on stderr: `label [█████·····] 123/514  45 berkas/dtk  sisa ~0:08`.
 * Only on a terminal (`enabled`); elsewhere it prints nothing. Redrawn at most ten times a second.
 * The rate and time left are measured from the first item done, so start-up (workers loading
 * pdfkit and fonts) does not count, and shown only once a few items are measured
 * (`MEASURED_BEFORE_ETA`, or 5% of the total): before that an estimate would mean nothing.
 */
export function createProgress(options: {
  enabled: boolean;
  total: number;
  label: string;
  lang: Lang;
  write: (text: string) => void;
  clock?: () => number;
  columns?: number;
}): Progress {
  if (!options.enabled || options.total === 0) return SILENT;
  const clock = options.clock ?? (() => performance.now());
  let first: { at: number; done: number } | undefined;
  let done = 0;
  let lastDraw = Number.NEGATIVE_INFINITY;
  const unit = LOCALE_WORDS.filesPerSecond[options.lang];
  const left = LOCALE_WORDS.eta[options.lang];
  const enough = Math.max(MEASURED_BEFORE_ETA, Math.ceil(options.total * 0.05));
  const draw = (): void => {
    const measured = first ? done - first.done : 0;
    const elapsed = first ? (clock() - first.at) / 1000 : 0;
    const rate = measured >= enough && elapsed > 0 ? measured / elapsed : 0;
    const eta = rate > 0 ? (options.total - done) / rate : Number.NaN;
    const width = 20;
    const filled = Math.round((done / options.total) * width);
    const bar = '█'.repeat(filled) + '·'.repeat(width - filled);
    const rateText = rate > 0 ? `${rate >= 10 ? Math.round(rate) : localizeDecimal(rate.toFixed(1), options.lang)} ${unit}` : '';
    const etaText = Number.isFinite(eta) ? `${left} ~${clockText(eta)}` : '';
    const line = `${options.label} [${bar}] ${done}/${options.total}  ${rateText}  ${etaText}`.trimEnd();
    const max = (options.columns && options.columns > 20 ? options.columns : 80) - 1;
    options.write(`\r\x1b[K${line.length > max ? line.slice(0, max) : line}`);
  };
  return {
    tick(count = 1) {
      done += count;
      const now = clock();
      first ??= { at: now, done };
      if (now - lastDraw >= 100 || done === options.total) {
        lastDraw = now;
        draw();
      }
    },
    done() {
      options.write('\r\x1b[K');
    },
  };
}

/** Items measured after the first one before a rate and a time left are shown. */
const MEASURED_BEFORE_ETA = 3;

function clockText(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
