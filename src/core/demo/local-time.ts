/**
 * Store-local calendar arithmetic (metrics.md §2.1): `local_day` = days since 1970-01-01 in
 * the store's time zone, derived through Intl so DST is right, never a fixed offset.
 * `local_month` = year × 12 + (month − 1), the convention of the metrics benchmark.
 */

export const DAY_SECONDS = 86_400;
/** Every real UTC offset is a multiple of 15 minutes, so the offset is constant within a slot. */
const SLOT_SECONDS = 900;

export interface StoreCalendar {
  readonly timeZone: string;
  /** Seconds to add to a UTC instant to get store wall-clock time. */
  offsetAt(ts: number): number;
  localDay(ts: number): number;
  /** UTC instant of a wall-clock time (seconds after local midnight) on a local day. */
  toUtc(localDay: number, secondsOfDay: number): number;
}

export function localMonthOfDay(localDay: number): number {
  const d = new Date(localDay * DAY_SECONDS * 1000);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

export function isoFromSeconds(ts: number): string {
  return new Date(ts * 1000).toISOString();
}

export function createStoreCalendar(timeZone: string): StoreCalendar {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  // Intl is slow (~µs per call); the offset only changes at slot boundaries, so cache per slot.
  const cache = new Map<number, number>();
  const offsetAt = (ts: number): number => {
    const slot = Math.floor(ts / SLOT_SECONDS);
    let offset = cache.get(slot);
    if (offset === undefined) {
      const at = slot * SLOT_SECONDS;
      const parts: Record<string, number> = {};
      for (const p of format.formatToParts(new Date(at * 1000))) {
        if (p.type !== 'literal') parts[p.type] = Number(p.value);
      }
      const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) / 1000;
      offset = wall - at;
      cache.set(slot, offset);
    }
    return offset;
  };
  return {
    timeZone,
    offsetAt,
    localDay: (ts) => Math.floor((ts + offsetAt(ts)) / DAY_SECONDS),
    toUtc(localDay, secondsOfDay) {
      const wall = localDay * DAY_SECONDS + secondsOfDay;
      // Two passes settle the offset on both sides of a DST switch.
      const first = wall - offsetAt(wall);
      return wall - offsetAt(first);
    },
  };
}

/** True when Intl knows the zone (a bad setting falls back to UTC instead of throwing). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
