/** The engine's public surface. */
export { readBounce, readMessage, readPastedText, readText, looksLikeMessage, looksBinary, MAX_INPUT_CHARS } from './read';
export type * from './types';
