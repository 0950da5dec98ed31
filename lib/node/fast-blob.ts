/**
 * postal-mime joins each MIME part's decoded chunks through `new Blob(chunks).arrayBuffer()`. Browsers do that
 * natively and fast; Node 20's Blob goes through its stream machinery and costs half of the parse time. The CLI and the
 * benchmarks (Node only, never the extension) install this in-memory stand-in, which supports exactly what postal-mime
 * uses: construction from strings/buffers/views, `size`, `type`, `arrayBuffer()`, `text()`.
 */
class InMemoryBlob {
  readonly size: number;
  readonly type: string;
  private readonly bytes: Uint8Array;

  constructor(parts: readonly unknown[] = [], options: { type?: string } = {}) {
    const arrays = parts.map((p) => {
      if (typeof p === 'string') return new TextEncoder().encode(p);
      if (p instanceof ArrayBuffer) return new Uint8Array(p);
      if (ArrayBuffer.isView(p)) return new Uint8Array(p.buffer, p.byteOffset, p.byteLength);
      if (p instanceof InMemoryBlob) return p.bytes;
      return new TextEncoder().encode(String(p));
    });
    const total = arrays.reduce((n, a) => n + a.length, 0);
    const bytes = arrays.length === 1 && arrays[0] ? arrays[0].slice() : new Uint8Array(total);
    if (arrays.length !== 1) {
      let at = 0;
      for (const a of arrays) {
        bytes.set(a, at);
        at += a.length;
      }
    }
    this.bytes = bytes;
    this.size = total;
    this.type = options.type ?? '';
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.bytes.buffer.slice(this.bytes.byteOffset, this.bytes.byteOffset + this.bytes.byteLength) as ArrayBuffer);
  }

  text(): Promise<string> {
    return Promise.resolve(new TextDecoder().decode(this.bytes));
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
