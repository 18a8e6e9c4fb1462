export { allocate } from './allocate';
export { addMoney, assertSameCurrency, compareMoney, isZeroMoney, subtractMoney } from './arithmetic';
export { type Currency, isSupportedCurrency, MINOR_UNIT_EXPONENTS, SUPPORTED_CURRENCIES, toCurrency } from './currency';
export { formatScaledDecimal, parseDecimal, parseScaledDecimal, toDecimalString } from './decimal-string';
export { formatMoney, type MoneyLocale } from './format-money';
export { type Money, money, moneyFromBigInt, signedMoney } from './money';
export { MoneyError, type MoneyErrorCode } from './money.error';
export { BASIS_POINTS_PER_WHOLE, percentOf } from './percent-of';
export { divideAndRound, type RoundingMode } from './rounding';
