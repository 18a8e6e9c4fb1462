import { timeZoneNamed } from '@okpay/shared';
import { DateTime } from 'luxon';

/** Daily limits reset at midnight in the wallet's home time zone. */
export const WALLET_TIME_ZONE = 'Asia/Shanghai';

export function startOfWalletDay(at: Date): Date {
  return DateTime.fromJSDate(at, { zone: timeZoneNamed(WALLET_TIME_ZONE) }).startOf('day').toJSDate();
}
