/** Minutes in a calendar day on the wall clock (a DST day still has 00:00–24:00 on its wall clock). */
export const MINUTES_PER_DAY = 24 * 60;

/** `24:00` is written as an interval end to mean "until midnight at the end of the day". */
export const END_OF_DAY_MINUTE = MINUTES_PER_DAY;

const WALL_CLOCK_TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

/**
 * Minutes after midnight for a strict `HH:MM` wall-clock time (`00:00`–`23:59`, or `24:00` = 1440),
 * or null when the text is anything else. Whether `24:00` is acceptable is the caller's call
 * (it is an end, never a start).
 */
export function parseWallClockTime(text: string): number | null {
  const match = WALL_CLOCK_TIME.exec(text);
  if (!match) return null;
  if (match[1] === undefined || match[2] === undefined) return END_OF_DAY_MINUTE;
  return Number(match[1]) * 60 + Number(match[2]);
}
