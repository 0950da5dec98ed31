/** One reply of the development set (replies.ts): the same shape as a frozen test entry. */
export type { FrozenReply as DevReply } from '../frozen/replies';
