/**
 * The development set (test/diagnosis/dev/) stays apart from the frozen test: no page of one is a page of the other,
 * no text is in both, and every entry says where it was found and carries a category of the taxonomy.
 */
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../lib/diagnosis/taxonomy';
import { DEV_REPLIES } from './dev/replies';
import { FROZEN_REPLIES } from './frozen/replies';

const page = (url: string) => url.split('#')[0]?.replace(/\/+$/, '').toLowerCase() ?? '';

describe('the development set', () => {
  it('has hundreds of replies, each with a page and a category of the taxonomy', () => {
    expect(DEV_REPLIES.length).toBeGreaterThan(300);
    expect(DEV_REPLIES.filter((r) => !/^https?:\/\/\S/.test(r.source) || !CATEGORIES.includes(r.category) || r.text.trim() === '').map((r) => r.source)).toEqual([]);
  });

  it('holds each text once (the same reply copied onto another page adds nothing)', () => {
    const seen = new Set<string>();
    const twice = DEV_REPLIES.map((r) => r.text.replace(/\s+/g, ' ').trim().toLowerCase()).filter((t) => seen.has(t) || !seen.add(t));
    expect(twice.map((t) => t.slice(0, 60))).toEqual([]);
  });

  it('shares no page and no text with the frozen test', () => {
    const frozenPages = new Set(FROZEN_REPLIES.map((r) => page(r.source)));
    const frozenTexts = new Set(FROZEN_REPLIES.map((r) => r.text.trim()));
    expect(DEV_REPLIES.filter((r) => frozenPages.has(page(r.source))).map((r) => r.source)).toEqual([]);
    expect(DEV_REPLIES.filter((r) => frozenTexts.has(r.text.trim())).map((r) => r.text.slice(0, 60))).toEqual([]);
  });
});
