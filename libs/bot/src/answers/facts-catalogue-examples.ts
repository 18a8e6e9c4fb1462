import { DEMO_SUPPORT_CALENDAR, loadConfig, parseBusinessCalendar } from '@okpay/shared';
import { articleFactValues } from './article-fact-values';

/**
 * The moment the examples are rendered for: Saturday 2 January 2027, noon in Beijing, so that
 * `support.nextOpening` shows a real next opening (Monday) rather than "now".
 */
export const FACTS_EXAMPLE_MOMENT = new Date('2027-01-02T04:00:00Z');

/**
 * The example column of knowledge-base/FACTS.md: every fact as an English answer renders it, with
 * the default configuration and the calendar every installation starts with.
 */
export function factsCatalogueExamples(): Record<string, string> {
  const parsed = parseBusinessCalendar(DEMO_SUPPORT_CALENDAR);
  if (!parsed.ok) throw new Error(`the demo support calendar is invalid: ${JSON.stringify(parsed.problems)}`);
  const defaults = loadConfig({});
  return articleFactValues('en', FACTS_EXAMPLE_MOMENT, { calendar: parsed.calendar, hotline: defaults.supportHotline, email: defaults.supportAddress });
}
