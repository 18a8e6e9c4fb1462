import { Locale } from '@okpay/contracts';
import { FAILURE_CODES, FailureCode } from '@okpay/wallet-core';
import { botMessage } from '../messages/bot-messages';

interface Explanation {
  readonly why: string;
  readonly whatToDo: string;
}

function explanationsIn(locale: Locale): Readonly<Record<FailureCode, Explanation>> {
  return Object.fromEntries(
    FAILURE_CODES.map((code) => [code, { why: botMessage(locale, `failure.${code}.why`), whatToDo: botMessage(locale, `failure.${code}.whatToDo`) }]),
  ) as Record<FailureCode, Explanation>;
}

/** Why a transaction failed, and the one thing to do about it, per failure code and locale (the `failure.*` messages). */
export const FAILURE_EXPLANATIONS: Readonly<Record<Locale, Readonly<Record<FailureCode, Explanation>>>> = {
  en: explanationsIn('en'),
  'zh-CN': explanationsIn('zh-CN'),
};
