/**
 * Standard output that fails cleanly. Node reports a failed write (a closed pipe: `| head -1`; a full disk) as an
 * 'error' event on a later tick, and an unhandled one ends the process with a stack trace and status 1. Here the
 * first failure is kept — from the event, from the stream's own errored state right after the write, or from a
 * throw — so the caller stops reading inputs at once and exits as documented: quietly with 0 when the reader went
 * away (EPIPE), with one line and 2 for anything else.
 */
export interface WritableLike {
  write(s: string): unknown;
  on?: (event: 'error', listener: (error: Error) => void) => unknown;
  errored?: Error | null;
}

/** Output held back, when buffered, before it is written: one write per few results instead of one per result. */
const FLUSH_AT = 32 * 1024;

export class Output {
  failure: NodeJS.ErrnoException | null = null;
  private pending = '';

  /**
   * `buffered`: hold output until FLUSH_AT characters or flush() (for a file or a pipe; a terminal gets each result as
   * it comes). Every write through a Node stream costs more than the bytes it writes.
   */
  constructor(
    private readonly stream: WritableLike,
    private readonly buffered = false,
  ) {
    stream.on?.('error', (error) => {
      this.failure ??= error;
    });
  }

  write(s: string): boolean {
    if (this.failure) return false;
    if (!this.buffered) return this.send(s);
    this.pending += s;
    return this.pending.length < FLUSH_AT || this.flush();
  }

  /** Writes what is held back; false once the output has failed. */
  flush(): boolean {
    if (this.failure) return false;
    const s = this.pending;
    this.pending = '';
    return s === '' || this.send(s);
  }

  private send(s: string): boolean {
    try {
      this.stream.write(s);
    } catch (error) {
      this.failure = error as NodeJS.ErrnoException;
    }
    // A synchronous write that failed has already destroyed the stream (its 'error' event comes later).
    if (!this.failure && this.stream.errored) this.failure = this.stream.errored;
    return this.failure === null;
  }

  /** The exit status for a failed output, after saying why when it is not a closed pipe. */
  exitCode(stderr: { write(s: string): unknown }): number {
    const code = this.failure?.code;
    if (code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED') return 0;
    const why = code === 'ENOSPC' ? 'no space left on the device' : code === 'EDQUOT' ? 'disk quota exceeded' : code === 'EIO' ? 'input/output error' : (this.failure?.message ?? 'unknown error');
    try {
      stderr.write(`bounce-doctor: cannot write the output: ${why}${code ? ` (${code})` : ''}.\n`);
    } catch {
      // Standard error is gone too: the status says it.
    }
    return 2;
  }
}
