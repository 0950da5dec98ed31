/** One reply of the development set (replies.ts): the text as pasted, its label, and where it was found. */
import type { Category } from '../../../lib/diagnosis/types';

export interface DevReply {
  text: string;
  category: Category;
  permanent: boolean;
  /** The page it was found on. */
  source: string;
  /** Why this label, in a few words. */
  why: string;
  /** Language of the text when not English. */
  lang?: string;
}
