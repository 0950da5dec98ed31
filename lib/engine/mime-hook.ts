/**
 * Where a faster MIME parser for the common shapes plugs into the message reader (read-message.ts): Node only
 * (lib/node/fast-mime.ts, installed by the CLI and the benchmarks); the extension reads every message with postal-mime.
 */

/** What postal-mime keeps of a part (not in its public types; read defensively). */
export interface MimeNodeLike {
  childNodes?: MimeNodeLike[];
  content?: ArrayBuffer | null;
  contentType?: { parsed?: { value?: string; params?: Record<string, string> }; multipart?: unknown };
  contentDisposition?: { parsed?: { value?: string } };
}

/** What the reader reads of a parsed message. */
export type ParsedEmail = Pick<import('postal-mime').Email, 'headers' | 'subject' | 'text' | 'html'> & {
  attachments: { mimeType: string; content: ArrayBuffer | Uint8Array | string }[];
};

/**
 * Gives postal-mime's answer for the messages it takes, null for others: with postal-mime's decodeWords for the subject,
 * and the bytes as Latin-1 text when the reader has them.
 */
export type QuickMime = (bytes: Uint8Array, decodeWords: (s: string) => string, latin1?: string) => { email: ParsedEmail; root: MimeNodeLike } | null;

export let quickMime: QuickMime | null = null;

export function useQuickMime(parse: QuickMime | null): void {
  quickMime = parse;
}
