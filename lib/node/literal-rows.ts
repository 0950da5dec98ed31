/**
 * The patterns the engine guards, for the CLI's table of pre-checks (lib/node/literal-table.ts), made when the CLI is
 * built (scripts/build-cli.mjs).
 */
import { PROVIDERS } from '../diagnosis/providers';
import { GUARDED, ORIGINAL_MESSAGE_MARKERS } from '../engine/formats';
import { LEGACY } from '../engine/legacy';
import { LOCALIZED_RECIPIENT_LEAD, LOCALIZED_RECIPIENT_TRAIL, LOCALIZED_REPLY_INTRO } from '../engine/localized-notices';
import { COMMAND_HINTS, REMOTE_PATTERNS } from '../engine/reply';
import { literalRows } from './literal-table';

/** Every guarded pattern of the engine: the format signatures, the markers, the localized notices' words, the reply's command and remote-host patterns. */
export const guardedPatterns = (): RegExp[] => [
  ...[...GUARDED, ...LEGACY.formats].flatMap((f) => f.sigs.map((g) => g.re)),
  ...ORIGINAL_MESSAGE_MARKERS,
  LOCALIZED_RECIPIENT_LEAD,
  LOCALIZED_RECIPIENT_TRAIL,
  LOCALIZED_REPLY_INTRO,
  ...COMMAND_HINTS,
  ...REMOTE_PATTERNS,
];

/** The providers' signatures (detect.ts checks them with a literal of three characters or more). */
export const providerSignatures = (): RegExp[] => PROVIDERS.flatMap((p) => p.signatures ?? []);

/** The table as the bundle carries it. */
export const literalTableJson = (): string => JSON.stringify(literalRows(guardedPatterns(), providerSignatures()));
