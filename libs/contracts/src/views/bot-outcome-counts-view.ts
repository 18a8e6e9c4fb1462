import { Static, Type } from '@sinclair/typebox';

/** `GET /bot/outcomes`: bot conversations started in the range, by outcome. */
export const BotOutcomeCountsViewSchema = Type.Object(
  {
    from: Type.String({ format: 'date', example: '2027-01-04' }),
    to: Type.String({ format: 'date', example: '2027-01-10' }),
    timeZone: Type.String({ example: 'Asia/Shanghai', description: 'The zone the days are counted in.' }),
    counts: Type.Object({
      open: Type.Integer({ description: 'Still running: no outcome yet.' }),
      handed_off: Type.Integer({ description: 'Handed to a person: a ticket, the chat queue or a callback.' }),
      resolved: Type.Integer({ description: 'Confirmed helpful, or left without asking more after an answer.' }),
      abandoned: Type.Integer({ description: 'Went silent without having been answered.' }),
    }),
    total: Type.Integer(),
  },
  { $id: 'BotOutcomeCountsView' },
);
export type BotOutcomeCountsView = Static<typeof BotOutcomeCountsViewSchema>;
