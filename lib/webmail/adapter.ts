/**
 * One adapter per webmail, behind one small interface. Adapters take the document (or any root) as a parameter, so
 * they are tested against saved DOM fixtures; they only read the page, never change it.
 */
import type { WebmailId } from './hosts';

export interface OpenMessage {
  /** Stable id of the message (the webmail's own where it has one). */
  id: string;
  /** The element holding the message body text. */
  body: Element;
  /** The card goes right before this element. */
  anchor: Element;
  sender: { email: string | null; name: string | null } | null;
  subject: string | null;
}

export interface WebmailAdapter {
  id: WebmailId;
  /** Every opened (expanded) message in the page, in page order. Collapsed messages have no body and are skipped. */
  findOpenMessages(root: ParentNode): OpenMessage[];
  /** Whether a class change on this element can open or close a message (Gmail expands by class, kv → h7). */
  classChangeMatters?(el: Element): boolean;
}

/** Ids for elements that carry none: stable for the element's lifetime. */
const generated = new WeakMap<Element, string>();
let counter = 0;
export function elementId(el: Element, prefix: string): string {
  let id = generated.get(el);
  if (!id) {
    id = `${prefix}-${++counter}`;
    generated.set(el, id);
  }
  return id;
}

/** The first selector of a fallback list that matches. */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}

export function allMatches(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const s of selectors) {
    const found = root.querySelectorAll(s);
    if (found.length > 0) return [...found];
  }
  return [];
}
