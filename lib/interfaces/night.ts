// Which night a run is for, and which people a time zone's run covers.

const HOUR_MS = 3_600_000;
/** The local hour of the nightly run (DESIGN issue 12: 03:00 in each configured time zone). */
export const NIGHT_HOUR = 3;

/** The calendar date (YYYY-MM-DD) of `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

/**
 * The night a run at `instant` stands for: the local date of the latest 03:00 at or before it. The scheduled run at
 * 03:00 on 2 December and an on-demand run later that day are the same night, so the second writes nothing new.
 */
export function nightOf(instant: Date, timeZone: string): string {
  return localDate(new Date(instant.getTime() - NIGHT_HOUR * HOUR_MS), timeZone);
}

/** A time zone's run covers the people in it; the first configured zone also covers those without a configured zone. */
export interface ZoneScope {
  timeZone: string;
  /** All configured zones, the first being the catch-all. */
  zones: readonly string[];
}

export const isCatchAll = (s: ZoneScope): boolean => s.zones[0] === s.timeZone;

/** The zone whose run covers a person with this `users.time_zone`. */
export function zoneOfPerson(personZone: string | null, zones: readonly string[]): string {
  return personZone && zones.includes(personZone) ? personZone : zones[0]!;
}
