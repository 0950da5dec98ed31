/** The engine's public surface. */
export { readBounce, readMessage, readText, looksLikeMessage, looksBinary, MAX_INPUT_CHARS } from './read';
export type * from './types';
