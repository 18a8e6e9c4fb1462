import { IANAZone, Zone, ZoneOffsetFormat, ZoneOffsetOptions } from 'luxon';

const HOUR_MS = 60 * 60 * 1000;
/** Hours remembered per zone before starting over: over a year of distinct hours. */
const MAX_REMEMBERED_HOURS = 10_000;

/**
 * An IANA time zone for luxon whose UTC offsets are remembered by the hour. luxon's own zone asks
 * Intl for the offset of every instant it converts (`formatToParts`, microseconds each), many times
 * per request. No zone changes its offset twice within an hour, so when an hour starts and ends
 * with the same offset it has that offset throughout; an hour with a change in it is not
 * remembered and is asked about instant by instant, as luxon does.
 */
class HourlyOffsetZone extends Zone<true> {
  private readonly offsetsByHour = new Map<number, number | null>();

  constructor(private readonly zone: IANAZone<true>) {
    super();
  }

  override get type(): string {
    return this.zone.type;
  }

  override get name(): string {
    return this.zone.name;
  }

  override get isUniversal(): boolean {
    return false;
  }

  override get isValid(): true {
    return true;
  }

  override offsetName(ts: number, options: ZoneOffsetOptions): string {
    return this.zone.offsetName(ts, options);
  }

  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return this.zone.formatOffset(ts, format);
  }

  override offset(ts: number): number {
    const hour = Math.floor(ts / HOUR_MS);
    let offset = this.offsetsByHour.get(hour);
    if (offset === undefined) {
      const atStart = this.zone.offset(hour * HOUR_MS);
      offset = atStart === this.zone.offset((hour + 1) * HOUR_MS) ? atStart : null;
      if (this.offsetsByHour.size >= MAX_REMEMBERED_HOURS) this.offsetsByHour.clear();
      this.offsetsByHour.set(hour, offset);
    }
    return offset ?? this.zone.offset(ts);
  }

  override equals(other: Zone): boolean {
    return other.type === this.type && other.name === this.name;
  }
}

const zones = new Map<string, Zone>();

/**
 * The luxon zone to pass for an IANA zone name on hot paths (`{ zone: timeZoneNamed(name) }`): the
 * same instants and wall times as the name itself, with offsets remembered. An invalid name gives
 * luxon's invalid zone, as the name would.
 */
export function timeZoneNamed(name: string): Zone {
  let zone = zones.get(name);
  if (!zone) {
    const iana = IANAZone.create(name);
    zone = iana.isValid ? new HourlyOffsetZone(iana as IANAZone<true>) : iana;
    zones.set(name, zone);
  }
  return zone;
}
