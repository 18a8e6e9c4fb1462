import { Money, parseDecimal } from '@okpay/shared';
import { FeeRule } from './fee-schedule';

/** The smallest top-up we accept (in CNY, converted for other currencies): below it card fees exceed the amount. */
export const TOP_UP_MINIMUM: Money = parseDecimal('1.00', 'CNY');

/**
 * Withdrawal to a bank account: not offered by this service yet, but quoted in the help centre so
 * customers who ask know what it will cost. 0.1%, min ¥0.10, no cap.
 */
export const WITHDRAWAL_FEE: FeeRule = { basisPoints: 10, minimum: parseDecimal('0.10', 'CNY'), maximum: null };

/** The compliance team's service level for reviewing an identity-verification submission. */
export const VERIFICATION_REVIEW_HOURS = 24;
