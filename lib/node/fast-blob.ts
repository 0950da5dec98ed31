/**
 * postal-mime joins each MIME part's decoded chunks through `new Blob(chunks).arrayBuffer()`. Browsers do that
 * natively and fast; Node 20's Blob goes through its stream machinery and costs half of the parse time. The CLI and the
 * benchmarks (Node only, never the extension) install this in-memory stand-in, which supports exactly what postal-mime
 * uses: construction from strings/buffers/views, `size`, `type`, `arrayBuffer()`, `text()`.
 */
const ENCODER = new TextEncoder();
const DECODER = new TextDecoder();

function asciiOrUtf8(s: string): Uint8Array {
  return ENCODER.encode(s);
}

class InMemoryBlob {
  readonly size: number;
  readonly type: string;
  private readonly bytes: Uint8Array;
  private handedOut = false;

  constructor(parts: readonly unknown[] = [], options: { type?: string } = {}) {
    // postal-mime's pass-through decoder alternates line bytes with '\n' strings: ASCII strings are copied directly.
    let total = 0;
    const arrays: (Uint8Array | null)[] = [];
    for (const p of parts) {
      let a: Uint8Array | null;
      if (p === '\n') a = null;
      else if (typeof p === 'string') a = asciiOrUtf8(p);
      else if (p instanceof Uint8Array) a = p;
      else if (p instanceof ArrayBuffer) a = new Uint8Array(p);
      else if (ArrayBuffer.isView(p)) a = new Uint8Array(p.buffer, p.byteOffset, p.byteLength);
      else if (p instanceof InMemoryBlob) a = p.bytes;
      else a = ENCODER.encode(String(p));
      arrays.push(a);
      total += a === null ? 1 : a.length;
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const a of arrays) {
      if (a === null) bytes[at++] = 10;
      else {
        bytes.set(a, at);
        at += a.length;
      }
    }
    this.bytes = bytes;
    this.size = total;
    this.type = options.type ?? '';
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    // The bytes were copied into a buffer of their own at construction: a first call hands that buffer over as is.
    const owned = !this.handedOut;
    this.handedOut = true;
    return Promise.resolve(owned ? (this.bytes.buffer as ArrayBuffer) : (this.bytes.buffer.slice(0) as ArrayBuffer));
  }

  text(): Promise<string> {
    return Promise.resolve(DECODER.decode(this.bytes));
  }

  get [Symbol.toStringTag](): string {
    return 'Blob';
  }
}

/** Installs the stand-in once, in Node only. */
export function installFastBlob(): void {
  const g = globalThis as { Blob?: unknown; process?: { versions?: { node?: string } } };
  if (!g.process?.versions?.node) return;
  g.Blob = InMemoryBlob;
}
