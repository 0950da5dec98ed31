/** Line lookups in O(log n): the readers ask "which line is this index on" many times on texts of any size. */
export class LineIndex {
  private readonly breaks: Int32Array;

  constructor(private readonly text: string) {
    // Two tight passes (count, then fill): indexOf per line costs far more on texts of many short lines.
    const n = text.length;
    let count = 0;
    for (let i = 0; i < n; i++) if (text.charCodeAt(i) === 10) count++;
    const breaks = new Int32Array(count);
    let k = 0;
    for (let i = 0; i < n; i++) if (text.charCodeAt(i) === 10) breaks[k++] = i;
    this.breaks = breaks;
  }

  /** The [start, end) of the line holding `index` (end is the newline's index or the text's length). */
  bounds(index: number): { start: number; end: number } {
    const b = this.breaks;
    let lo = 0;
    let hi = b.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((b[mid] as number) < index) lo = mid + 1;
      else hi = mid;
    }
    const start = lo === 0 ? 0 : (b[lo - 1] as number) + 1;
    const end = lo < b.length ? (b[lo] as number) : this.text.length;
    return { start, end };
  }
}
