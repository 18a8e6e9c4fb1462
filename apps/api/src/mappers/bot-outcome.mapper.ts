import { BotOutcomeRecord } from '@okpay/bot';
import { BotOutcomeView } from '@okpay/contracts';

export function toBotOutcomeView(record: BotOutcomeRecord): BotOutcomeView {
  return {
    outcome: record.outcome,
    at: record.at ? record.at.toISOString() : null,
    handedOffTo: record.handedOffTo,
    resolution: record.resolution,
  };
}
