/**
 * The card's own words in English, apart from the rest (en.ts) so that the content scripts carry only these: the
 * background sends the card's words in the reader's language with each summary, and these stand in until it has.
 */
export const CARD_EN = {
  open: 'What to do',
  close: 'Less',
  loading: 'Loading the steps…',
  failed: 'The steps could not be loaded. Open the full report instead.',
  report: 'Open full report',
  dismiss: 'Dismiss Bounce Doctor card',
  dismissed: 'Bounce Doctor card dismissed.',
  undo: 'Undo',
  copy: 'Copy',
  copied: 'Copied',
  copyCommand: 'Copy command: {command}',
  ownServer: 'If you run your own mail server: ',
  mailProvider: 'If you use a mail provider: ',
  recipients: 'Failed recipients',
  more: 'and {n} more',
  openSite: 'Open {site}',
  region: 'Bounce Doctor',
};

export type CardWords = typeof CARD_EN;
