/**
 * A host element with a closed shadow root that isolates the card's styles both ways: the page's CSS cannot reach in
 * (`:host { all: initial }` and the shadow boundary), ours cannot leak out, and the page's scripts cannot read or
 * click into it (`host.shadowRoot` is null for them; only this script holds the root). The same structure WXT's
 * shadow-root UI builds (html > head > style, body), without its auto-mount, CSS fetching and logging, which the card
 * does not use and which would cost the content script a tenth of its size.
 */
export interface ShadowHost {
  host: HTMLElement;
  /** Where the UI renders: the body inside the shadow root. */
  container: HTMLElement;
}

export function createShadowHost(doc: Document, name: string, css: string): ShadowHost {
  const host = doc.createElement(name);
  const shadow = host.attachShadow({ mode: 'closed' });
  const html = doc.createElement('html');
  const head = doc.createElement('head');
  const body = doc.createElement('body');
  const style = doc.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${css}`;
  head.append(style);
  html.append(head, body);
  shadow.append(html);
  return { host, container: body };
}
