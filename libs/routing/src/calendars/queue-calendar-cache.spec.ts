import { BusinessCalendar, parseBusinessCalendar } from '@okpay/shared';
import { QUEUE_CALENDAR_TTL_MS, QueueCalendarCache } from './queue-calendar-cache';

function calendar(timeZone: string): BusinessCalendar {
  const result = parseBusinessCalendar({ timeZone, weekly: { mon: [{ start: '09:00', end: '18:00' }] } });
  if (!result.ok) throw new Error('bad test calendar');
  return result.calendar;
}

describe('QueueCalendarCache', () => {
  let now: number;
  let cache: QueueCalendarCache;
  let reads: number;
  let stored: BusinessCalendar;
  const read = async () => {
    reads += 1;
    return stored;
  };

  beforeEach(() => {
    now = Date.parse('2027-01-06T02:00:00Z');
    cache = new QueueCalendarCache(() => now);
    reads = 0;
    stored = calendar('Asia/Shanghai');
  });

  it('reads a queue once, then answers from memory until the time to live has passed', async () => {
    expect(await cache.get('chat', read)).toBe(stored);
    now += QUEUE_CALENDAR_TTL_MS - 1;
    await cache.get('chat', read);
    expect(reads).toBe(1);
    stored = calendar('Europe/London'); // changed by another process
    now += 1;
    expect((await cache.get('chat', read)).timeZone).toBe('Europe/London');
    expect(reads).toBe(2);
  });

  it('keeps each queue apart', async () => {
    await cache.get('chat', read);
    await cache.get('callback', read);
    expect(reads).toBe(2);
  });

  it('reads again at once after clear (an edit in this process)', async () => {
    await cache.get('chat', read);
    stored = calendar('Europe/London');
    cache.clear();
    expect((await cache.get('chat', read)).timeZone).toBe('Europe/London');
  });

  it('does not keep a read that was under way when the cache was cleared', async () => {
    let finish!: (value: BusinessCalendar) => void;
    const slow = cache.get('chat', () => new Promise<BusinessCalendar>((resolve) => (finish = resolve)));
    cache.clear(); // the edit commits while the read above may still see the old row
    finish(calendar('Asia/Shanghai'));
    await slow;
    stored = calendar('Europe/London');
    expect((await cache.get('chat', read)).timeZone).toBe('Europe/London');
  });

  it('reads again when the clock was set back', async () => {
    await cache.get('chat', read);
    now -= 60_000;
    await cache.get('chat', read);
    expect(reads).toBe(2);
  });
});
