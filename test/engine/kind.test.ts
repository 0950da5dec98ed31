/** What kind of notice a text is: Sendmail's delay and failure notices, told apart by the headings its DSN body uses. */
import { describe, expect, it } from 'vitest';
import { readPastedText } from '../../lib/engine/read';

// Written here after sendmail/savemail.c errbody(): its headings, a transcript, its "Will keep trying" lines.
const notice = (sections: string[]) =>
  [
    'The original message was received at Tue, 1 Dec 2026 10:02:11 +0100',
    'from client.shop.example [192.0.2.10]',
    '',
    ...sections,
    '',
    '   ----- Transcript of session follows -----',
    '<pat@slow.example>... Deferred: Connection timed out with mx.slow.example.',
    'Warning: message still undelivered after 4 hours',
    'Will keep trying until message is 5 days old',
  ].join('\n');

describe("Sendmail's notices", () => {
  it('one listing addresses that "had transient non-fatal errors" is a delay', () => {
    expect(readPastedText(notice(['   ----- The following addresses had transient non-fatal errors -----', '<pat@slow.example>'])).kind).toBe('delay');
  });
  it('one with "permanent fatal errors" too is a failure', () => {
    const both = notice(['   ----- The following addresses had permanent fatal errors -----', '<kim@gone.example>', '', '   ----- The following addresses had transient non-fatal errors -----', '<pat@slow.example>']);
    expect(readPastedText(both).kind).toBe('failure');
  });
});
