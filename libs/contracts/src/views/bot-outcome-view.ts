import { Static, Type } from '@sinclair/typebox';
import { Nullable } from './nullable';
import { StringEnum } from './string-enum';

export const BOT_OUTCOME_NAMES = ['open', 'handed_off', 'resolved', 'abandoned'] as const;
/** How a bot conversation ended; `open` while it runs. */
export type BotOutcomeName = (typeof BOT_OUTCOME_NAMES)[number];

export const BotOutcomeViewSchema = Type.Object(
  {
    outcome: StringEnum(BOT_OUTCOME_NAMES),
    at: Nullable(Type.String({ format: 'date-time' }), { description: 'When it stopped being open; null while open.' }),
    handedOffTo: Nullable(StringEnum(['ticket', 'chat_queue', 'callback']), { description: 'For `handed_off`: who took over.' }),
    resolution: Nullable(StringEnum(['confirmed', 'assumed']), {
      description: 'For `resolved`: the customer said so (`confirmed`), or left after an answer (`assumed`).',
    }),
  },
  { $id: 'BotOutcomeView' },
);
export type BotOutcomeView = Static<typeof BotOutcomeViewSchema>;
