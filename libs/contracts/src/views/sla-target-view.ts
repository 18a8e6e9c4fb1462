import { Static, Type } from '@sinclair/typebox';
import { TICKET_PRIORITY_NAMES } from '../ticket-choices';
import { StringEnum } from './string-enum';

/** How long a ticket of one priority may wait, in business minutes, for a first response and for a resolution. */
export const SlaTargetViewSchema = Type.Object(
  {
    priority: StringEnum(TICKET_PRIORITY_NAMES),
    firstResponseMinutes: Type.Integer(),
    resolutionMinutes: Type.Integer(),
  },
  { $id: 'SlaTargetView' },
);
export type SlaTargetView = Static<typeof SlaTargetViewSchema>;
