/**
 * Splits JSON text into event-sized pieces without parsing it whole: a file of 20,000 webhook events (one JSON array,
 * JSON Lines, or a log with one event per line) is read one event at a time, so what it costs is bounded by the input
 * limit, not by what one JSON.parse may take, and an event cut off at the end loses only that event.
 *
 * One left-to-right scan with a stack of open brackets (strings and escapes respected): linear in the input, and
 * nothing is rescanned from inside a value that never closes.
 */

/** A value larger than this is not parsed in one piece: the events inside it are. */
export const MAX_JSON_PIECE = 2_000_000;

export interface JsonPieces {
  /** Each piece's text: a value to JSON.parse on its own. */
  pieces: string[];
  /** True when the text ends inside a value (a paste or file cut short). */
  truncated: boolean;
}

type SpanPair = [number, number];

interface Open {
  start: number;
  array: boolean;
  /** The closed values directly inside (kept for the top level and the arrays one level down only). */
  kids: SpanPair[] | null;
}

/**
 * The event-sized pieces of `text`: each top-level object (when not too large); the elements of each top-level
 * array; inside a top-level object too large to parse at once (`{"items": [ …20,000 events… ]}`), its members and
 * the elements of its arrays. A value cut off by the end of the text gives the whole values it holds in the same way.
 */
export function jsonPieces(text: string, maxPiece = MAX_JSON_PIECE): JsonPieces {
  const pieces: string[] = [];
  const stack: Open[] = [];
  // The children of closed arrays one level down, by their start.
  let grandKids = new Map<number, SpanPair[]>();
  const n = text.length;

  const emitKids = (kids: SpanPair[], openArray: Open | null) => {
    for (const [a, b] of kids) {
      if (b - a <= maxPiece) pieces.push(text.slice(a, b));
      else for (const [x, y] of grandKids.get(a) ?? []) if (y - x <= maxPiece) pieces.push(text.slice(x, y));
    }
    // A top-level object cut short inside one of its arrays: that array's whole elements.
    if (openArray?.kids) for (const [x, y] of openArray.kids) if (y - x <= maxPiece) pieces.push(text.slice(x, y));
  };
  const emitRoot = (root: Open, end: number, openChild: Open | null) => {
    const closed = end >= 0;
    if (!root.array && closed && end - root.start <= maxPiece) pieces.push(text.slice(root.start, end));
    else emitKids(root.kids ?? [], openChild);
    grandKids = new Map();
  };

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // Only inside a value: quotes in the prose around JSON are not strings.
      if (stack.length === 0) continue;
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i++;
        else if (d === 34) break;
      }
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      const depth = stack.length;
      stack.push({ start: i, array: c === 91, kids: depth === 0 || (depth === 1 && c === 91) ? [] : null });
    } else if ((c === 125 /* } */ || c === 93) /* ] */ && stack.length > 0) {
      const open = stack.pop() as Open;
      const end = i + 1;
      const parent = stack[stack.length - 1];
      if (!parent) {
        emitRoot(open, end, null);
        continue;
      }
      parent.kids?.push([open.start, end]);
      if (stack.length === 1 && open.kids && open.kids.length > 0) grandKids.set(open.start, open.kids);
    }
  }
  const root = stack[0];
  if (root) emitRoot(root, -1, stack[1] ?? null);
  return { pieces, truncated: root !== undefined };
}

/**
 * The JSON object `json` with the closing brackets it lacks at its end, or null when more than those is missing (the
 * text ends inside a string, or a member has no value). One scan; at most 64 levels.
 */
export function withClosingBrackets(json: string): string | null {
  const open: string[] = [];
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === '"') {
      for (i++; i < json.length && json[i] !== '"'; i++) if (json[i] === '\\') i++;
      if (i >= json.length) return null;
    } else if (c === '{') open.push('}');
    else if (c === '[') open.push(']');
    else if (c === '}' || c === ']') {
      if (open.pop() !== c) return null;
    }
    if (open.length > 64) return null;
  }
  if (open.length === 0 || !/["}\]\d]\s*$|(?:true|false|null)\s*$/.test(json)) return null;
  return json + open.reverse().join('');
}
