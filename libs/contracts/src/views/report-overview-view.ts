import { Static, Type } from '@sinclair/typebox';
import { Nullable } from './nullable';

const counts = {
  ticketsCreated: Type.Integer({ description: 'Tickets created.' }),
  ticketsSolved: Type.Integer({ description: 'Tickets solved.' }),
  ticketsReopened: Type.Integer({ description: 'Solved tickets reopened.' }),
  conversationsStarted: Type.Integer({ description: 'Chat conversations started.' }),
  chatsAccepted: Type.Integer({ description: 'Chats an agent accepted from the queue.' }),
  botConversations: Type.Integer({ description: 'Bot conversations started.' }),
  botResolved: Type.Integer({ description: 'Bot conversations the bot resolved without a person.' }),
  handoffs: Type.Integer({ description: 'Bot conversations handed to a person (ticket, chat queue or callback).' }),
  botAbandoned: Type.Integer({ description: 'Bot conversations the customer left without an answer.' }),
  csatResponses: Type.Integer({ description: 'CSAT ratings given.' }),
  callbacksRequested: Type.Integer({ description: 'Phone callbacks requested.' }),
  callbacksAnswered: Type.Integer({ description: 'Callbacks the customer answered.' }),
  callbacksMissed: Type.Integer({ description: 'Callbacks that ended unreachable or expired.' }),
};

/** One calendar day of the series. */
export const ReportDayViewSchema = Type.Object({ date: Type.String({ format: 'date', example: '2027-01-13' }), ...counts }, { $id: 'ReportDayView' });
export type ReportDayView = Static<typeof ReportDayViewSchema>;

const seconds = (description: string) => Nullable(Type.Integer({ description: `${description} Null when nothing was measured.` }));
const rate = (description: string) => Nullable(Type.Number({ minimum: 0, maximum: 1, description: `${description} Null when nothing was measured.` }));

const headline = {
    ...counts,
    botResolutionRate: rate('Bot conversations resolved over those that ended (resolved, handed off or abandoned) in the range.'),
    firstResponseMedianSeconds: seconds('Median wall-clock time to the first response, over the first responses given in the range.'),
    firstResponseMedianBusinessSeconds: seconds('The same in business time on the support calendar, time pending not counting.'),
    resolutionMedianSeconds: seconds('Median wall-clock time from creation to the solve, over tickets solved in the range.'),
    resolutionMedianBusinessSeconds: seconds('The same in business time on the support calendar, time pending not counting.'),
    csatAverage: Nullable(Type.Number({ minimum: 1, maximum: 5, description: 'Mean CSAT score (1–5) of the ratings given. Null when none.' })),
    slaFirstResponseMetRate: rate('Of the first responses given in the range, the share within target.'),
    slaResolutionMetRate: rate('Of the tickets solved in the range, the share solved in time.'),
};

/** `GET /reports/overview`: headline figures over calendar days in the support calendar's zone, against the period before, and the counts per day. */
export const ReportOverviewViewSchema = Type.Object(
  {
    from: Type.String({ format: 'date', example: '2027-01-11' }),
    to: Type.String({ format: 'date', example: '2027-01-17' }),
    timeZone: Type.String({ example: 'Asia/Shanghai', description: 'The zone the days are counted in.' }),
    ...headline,
    previous: Type.Object(
      { from: Type.String({ format: 'date' }), to: Type.String({ format: 'date' }), ...headline },
      { description: 'The same figures over the days of equal number just before `from`, for the change.' },
    ),
    series: Type.Array(ReportDayViewSchema, { description: 'Every day of the range, in order, with its counts.' }),
  },
  { $id: 'ReportOverviewView' },
);
export type ReportOverviewView = Static<typeof ReportOverviewViewSchema>;
