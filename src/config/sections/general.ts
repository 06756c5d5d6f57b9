import { z } from 'zod';

/** True when the runtime's Intl knows this IANA time zone. */
export const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

export const timeZoneSchema = z
  .string()
  .refine(isTimeZone, { message: 'not an IANA time zone (e.g. UTC, Europe/Berlin)' });
