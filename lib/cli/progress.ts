/**
 * A progress line on standard error for long runs ("bounce-doctor: 1,234 inputs read…"): only on a terminal, only
 * after the first second, redrawn at most ten times a second, and erased when the run ends.
 */
import { thousands } from '../engine/limits';

export class Progress {
  private readonly started: number;
  private lastDraw = 0;
  private shown = false;

  constructor(
    private readonly stderr: { write(s: string): unknown; isTTY?: boolean },
    private readonly wanted: boolean,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  tick(count: number): void {
    if (!this.wanted || this.stderr.isTTY !== true) return;
    const t = this.now();
    if (t - this.started < 1000 || t - this.lastDraw < 100) return;
    this.lastDraw = t;
    this.shown = true;
    this.stderr.write(`\r\u001b[2Kbounce-doctor: ${thousands(count)} input${count === 1 ? '' : 's'} read…`);
  }

  done(): void {
    if (this.shown) this.stderr.write('\r\u001b[2K');
    this.shown = false;
  }
}
