import { Static, Type } from '@sinclair/typebox';
import { Nullable } from './nullable';

const counts = {
  ticketsCreated: Type.Integer({ description: 'Tickets created.' }),
  ticketsSolved: Type.Integer({ description: 'Tickets solved.' }),
  conversationsStarted: Type.Integer({ description: 'Chat conversations started.' }),
  botConversations: Type.Integer({ description: 'Bot conversations started.' }),
  botResolved: Type.Integer({ description: 'Bot conversations started that the bot resolved without a person.' }),
  handoffs: Type.Integer({ description: 'Bot conversations started that were handed to a person (ticket, chat queue or callback).' }),
  csatResponses: Type.Integer({ description: 'CSAT ratings given.' }),
};

/** One calendar day of the series. */
export const ReportDayViewSchema = Type.Object({ date: Type.String({ format: 'date', example: '2027-01-13' }), ...counts }, { $id: 'ReportDayView' });
export type ReportDayView = Static<typeof ReportDayViewSchema>;

const seconds = (description: string) => Nullable(Type.Integer({ description: `${description} Null when nothing was measured.` }));
const rate = (description: string) => Nullable(Type.Number({ minimum: 0, maximum: 1, description: `${description} Null when nothing was measured.` }));

/** `GET /reports/overview`: headline figures over calendar days in the support calendar's zone, and the same counts per day. */
export const ReportOverviewViewSchema = Type.Object(
  {
    from: Type.String({ format: 'date', example: '2027-01-11' }),
    to: Type.String({ format: 'date', example: '2027-01-17' }),
    timeZone: Type.String({ example: 'Asia/Shanghai', description: 'The zone the days are counted in.' }),
    ...counts,
    botResolutionRate: rate('botResolved over botConversations.'),
    firstResponseMedianSeconds: seconds('Median wall-clock time to the first response, over tickets created in the range that were answered.'),
    firstResponseMedianBusinessSeconds: seconds('The same in business time on the support calendar, time pending not counting.'),
    resolutionMedianSeconds: seconds('Median wall-clock time from creation to the solve, over tickets solved in the range.'),
    resolutionMedianBusinessSeconds: seconds('The same in business time on the support calendar, time pending not counting.'),
    csatAverage: Nullable(Type.Number({ minimum: 1, maximum: 5, description: 'Mean CSAT score (1–5) of the ratings given. Null when none.' })),
    slaFirstResponseMetRate: rate('Of the tickets created in the range whose first response is decided (answered, or overdue now), the share answered in time.'),
    slaResolutionMetRate: rate('Of the tickets solved in the range, the share solved in time.'),
    series: Type.Array(ReportDayViewSchema, { description: 'Every day of the range, in order, with its counts.' }),
  },
  { $id: 'ReportOverviewView' },
);
export type ReportOverviewView = Static<typeof ReportOverviewViewSchema>;
