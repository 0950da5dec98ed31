/**
 * The reader's engine notes ("The bounce gives no SMTP reply code; …") in the reader's language: the engine writes
 * them in English, and the ones it always writes the same way are looked up here; any other note is shown as it is.
 */
import { EN_UI } from './ui/en';
import type { UiWords } from './ui/en';

const KEYS = new Map(Object.entries(EN_UI.notes).map(([key, text]) => [text, key as keyof UiWords['notes']]));

export function localNote(note: string, words: UiWords): string {
  const key = KEYS.get(note);
  return key ? words.notes[key] : note;
}
