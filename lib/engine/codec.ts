/** Shared text codecs: constructing a TextDecoder costs more than decoding a small message, so each is made once. */
export const LATIN1 = new TextDecoder('latin1');
export const UTF8 = new TextDecoder('utf-8');
export const UTF8_ENCODER = new TextEncoder();
