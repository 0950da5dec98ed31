/** The list a mailing-list manager's refusal is about (lib/engine/list-notice.ts): never its owner or control address. */
import { describe, expect, it } from 'vitest';
import { refusedList } from '../../lib/engine/list-notice';

describe('the refused list', () => {
  it('is the address the notice names beside "mailing list" (fml)', () => {
    expect(refusedList('You are not a member of this mailing list <cats@lists.example.org>.', null, 'cats-admin@lists.example.org')).toBe('cats@lists.example.org');
  });

  it("is not the owner the notice offers as help, in angle brackets or as the owner's address", () => {
    const notice = 'You are not allowed to post to this mailing list. Contact the mailing list owner at <garden-owner@lists.example.net>.';
    expect(refusedList(notice, 'garden@lists.example.net', 'garden-owner@lists.example.net')).toBe('garden@lists.example.net');
    expect(refusedList('Contact the mailing list owner at <boss@lists.example.org>.', null, null)).toBeNull();
  });

  it("else the returned post's one address, else the list behind the owner address the notice came from (Mailman)", () => {
    expect(refusedList('Your message was rejected.', 'Garden <garden@lists.example.net>', 'garden-owner@lists.example.net')).toBe('garden@lists.example.net');
    expect(refusedList('Your message was rejected.', 'a@x.example, b@y.example', 'garden-owner@lists.example.net')).toBe('garden@lists.example.net');
    expect(refusedList('Your message was rejected.', null, 'someone@lists.example.net')).toBeNull();
  });
});
