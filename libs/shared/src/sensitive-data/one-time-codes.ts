import { maskCardNumbers } from './card-numbers';

/**
 * A verification code customers paste into chat ("my code is 482913", "验证码 482913"): 4–8
 * digits (ASCII or full-width) shortly after a word that names it. Masked entirely; support never needs it.
 */
const ONE_TIME_CODE =
  /((?:验证码|校验码|动态码|短信码|one[- ]time (?:pass)?code|verification code|security code|otp|passcode|code|pin)[^\d０-９]{0,12}?)([\d０-９]{4,8})(?![\d０-９])/gi;

export function maskOneTimeCodes(text: string): string {
  return text.replace(ONE_TIME_CODE, (_, label: string, digits: string) => label + '*'.repeat(digits.length));
}

/** Everything a customer or agent types goes through this before it is stored or logged. */
export function maskSensitiveText(text: string): string {
  return maskOneTimeCodes(maskCardNumbers(text));
}
