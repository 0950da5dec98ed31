/**
 * The patterns the engine guards, for the CLI's table of pre-checks (lib/node/literal-table.ts), made when the CLI is
 * built (scripts/build-cli.mjs).
 */
import { PROVIDERS } from '../diagnosis/providers';
import { GUARDED, ORIGINAL_MESSAGE_MARKERS } from '../engine/formats';
import { LEGACY } from '../engine/legacy';
import { LOCALIZED_RECIPIENT_LEAD, LOCALIZED_RECIPIENT_TRAIL, LOCALIZED_REPLY_INTRO } from '../engine/localized-notices';
import { literalRows } from './literal-table';

/** Every guarded pattern of the engine: the format signatures, the markers, the localized notices' words. */
export const guardedPatterns = (): RegExp[] => [
  ...[...GUARDED, ...LEGACY.formats].flatMap((f) => f.sigs.map((g) => g.re)),
  ...ORIGINAL_MESSAGE_MARKERS,
  LOCALIZED_RECIPIENT_LEAD,
  LOCALIZED_RECIPIENT_TRAIL,
  LOCALIZED_REPLY_INTRO,
];

/** The providers' signatures (detect.ts checks them with a literal of three characters or more). */
export const providerSignatures = (): RegExp[] => PROVIDERS.flatMap((p) => p.signatures ?? []);

/** The table as the bundle carries it. */
export const literalTableJson = (): string => JSON.stringify(literalRows(guardedPatterns(), providerSignatures()));
