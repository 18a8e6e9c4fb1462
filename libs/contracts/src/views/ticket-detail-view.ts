import { Static, Type } from '@sinclair/typebox';
import { TicketRequesterViewSchema } from './contact-view';
import { Nullable } from './nullable';
import { SatisfactionViewSchema } from './satisfaction-view';
import { SlaClockViewSchema } from './sla-clock-view';
import { TicketMessageViewSchema } from './ticket-message-view';
import { TicketSummaryViewSchema } from './ticket-summary-view';

/** A ticket with its messages; the audit trail and related tickets only for agents. */
export const TicketDetailViewSchema = Type.Composite(
  [
    TicketSummaryViewSchema,
    Type.Object({
      requester: TicketRequesterViewSchema,
      sla: Type.Object({ firstResponse: SlaClockViewSchema, resolution: SlaClockViewSchema, paused: Type.Boolean() }),
      messages: Type.Array(TicketMessageViewSchema),
      events: Type.Optional(
        Type.Array(
          Type.Object({
            actor: Type.Object({ type: Type.String(), id: Nullable(Type.String({ format: 'uuid' })) }),
            action: Type.String(),
            changes: Type.Record(Type.String(), Type.Unknown()),
            at: Type.String({ format: 'date-time' }),
          }),
          { description: 'Agents only: the audit trail.' },
        ),
      ),
      related: Type.Optional(
        Type.Array(
          Type.Object({ id: Type.String({ format: 'uuid' }), number: Type.Integer(), subject: Type.String(), transactionRefs: Type.Array(Type.String()) }),
          { description: 'Agents only: other open tickets about the same wallet transactions.' },
        ),
      ),
      satisfaction: Type.Optional(
        Type.Union([SatisfactionViewSchema, Type.Object({ requested: Type.Boolean({ description: 'Whether the customer is asked to rate.' }) })]),
      ),
    }),
  ],
  { $id: 'TicketDetailView' },
);
export type TicketDetailView = Static<typeof TicketDetailViewSchema>;
