import { type Account, UNASSIGNED_SEGMENT } from '../model.js';

/** A key part: lower case, no `/` (the separator), `unknown` when blank. */
const part = (value: string | null | undefined): string => {
  const text = value?.trim().toLowerCase().replaceAll('/', '-');
  return text ? text : 'unknown';
};

/**
 * The parts of an account's full segment key: tier / lifecycle stage / adoption band, then each
 * configured attribute. A stub account (only known from a ticket) is `unassigned`.
 * @example segmentParts(acme, 'high', []) // ['enterprise', 'onboarding', 'high']
 */
export const segmentParts = (
  account: Account,
  band: string,
  attributes: readonly string[],
): readonly string[] =>
  account.stub
    ? [UNASSIGNED_SEGMENT]
    : [
        part(account.tier),
        part(account.lifecycleStage),
        part(band),
        ...attributes.map((a) => part(account.attributes[a])),
      ];

/** The root segment every fallback ends in. */
export const ALL_SEGMENT = 'all';

/** Joins parts into a key like `enterprise/onboarding/high`; no parts is `all`. */
export const segmentKey = (parts: readonly string[]): string =>
  parts.length === 0 ? ALL_SEGMENT : parts.join('/');
