import { Static, Type } from '@sinclair/typebox';
import { Nullable } from './nullable';

const seconds = (description: string) => Nullable(Type.Integer({ description: `${description} Null when nothing was measured.` }));
const rate = (description: string) => Nullable(Type.Number({ minimum: 0, maximum: 1, description: `${description} Null when nothing was measured.` }));
const csatAverage = Nullable(Type.Number({ minimum: 1, maximum: 5, description: 'Mean CSAT score (1–5). Null when none.' }));

/** `GET /reports/agents`: one row per agent with anything to their name in the range. */
export const ReportAgentViewSchema = Type.Object(
  {
    agentId: Type.String({ format: 'uuid' }),
    name: Nullable(Type.String()),
    handled: Type.Integer({ description: 'Tickets solved, chats accepted and callbacks answered.' }),
    ticketsSolved: Type.Integer(),
    chatsAccepted: Type.Integer(),
    firstResponseMedianSeconds: seconds('Median wall-clock first response of the tickets assigned to the agent.'),
    firstResponseMedianBusinessSeconds: seconds('The same in business time.'),
    resolutionMedianSeconds: seconds('Median wall-clock time to the solve.'),
    resolutionMedianBusinessSeconds: seconds('The same in business time.'),
    csatResponses: Type.Integer(),
    csatAverage,
    slaFirstResponseMetRate: rate('Share of first responses within target.'),
    slaResolutionMetRate: rate('Share of solves within target.'),
  },
  { $id: 'ReportAgentView' },
);
export type ReportAgentView = Static<typeof ReportAgentViewSchema>;

/** `GET /reports/channels`: one row per channel (web, chat, email, phone, bot). */
export const ReportChannelViewSchema = Type.Object(
  {
    channel: Type.String(),
    ticketsCreated: Type.Integer(),
    ticketsSolved: Type.Integer(),
    conversationsStarted: Type.Integer(),
    firstResponseMedianSeconds: seconds('Median wall-clock first response.'),
    csatResponses: Type.Integer(),
    csatAverage,
  },
  { $id: 'ReportChannelView' },
);
export type ReportChannelView = Static<typeof ReportChannelViewSchema>;

/** `GET /reports/bot-intents`: what the bot's conversations were about and how they ended, and what it did not understand. */
export const ReportBotIntentsViewSchema = Type.Object(
  {
    intents: Type.Array(
      Type.Object({
        intent: Type.String({ description: 'The intent of the conversation’s first question.' }),
        conversations: Type.Integer({ description: 'Bot conversations that ended in the range.' }),
        resolved: Type.Integer(),
        handedOff: Type.Integer(),
        abandoned: Type.Integer(),
        questions: Type.Integer({ description: 'Customer questions in the range the bot classified as this intent.' }),
        notUnderstood: Type.Integer({ description: 'Of them, those it was too unsure of to answer.' }),
        samples: Type.Array(Type.String(), { description: 'The latest few of those questions, card numbers and codes masked.' }),
      }),
    ),
    notUnderstood: Type.Object({
      count: Type.Integer({ description: 'Customer messages in the range the bot could not place.' }),
      latest: Type.Array(
        Type.Object({ text: Type.String({ description: 'As stored: card numbers and codes masked.' }), locale: Type.String(), at: Type.String({ format: 'date-time' }) }),
        { description: 'The latest of them, up to 20: what to write next in the knowledge base.' },
      ),
    }),
  },
  { $id: 'ReportBotIntentsView' },
);
export type ReportBotIntentsView = Static<typeof ReportBotIntentsViewSchema>;

/** `GET /reports/heatmap`: arrivals (tickets created, chats started) per weekday and hour in the support calendar's zone. */
export const ReportHeatmapViewSchema = Type.Object(
  { cells: Type.Array(Type.Array(Type.Integer(), { minItems: 24, maxItems: 24 }), { minItems: 7, maxItems: 7, description: '`cells[weekday - 1][hour]`, Monday first.' }) },
  { $id: 'ReportHeatmapView' },
);
export type ReportHeatmapView = Static<typeof ReportHeatmapViewSchema>;

const SlaShareViewSchema = Type.Object({
  value: Type.String({ description: 'The priority, queue (team) or agent id.' }),
  firstResponseMet: Type.Integer(),
  firstResponseBreached: Type.Integer(),
  firstResponseMetRate: rate('Share of first responses within target.'),
  resolutionMet: Type.Integer(),
  resolutionBreached: Type.Integer(),
  resolutionMetRate: rate('Share of solves within target.'),
});

/** `GET /reports/sla`: the share within target per priority, queue and agent, and the tickets at risk now. */
export const ReportSlaViewSchema = Type.Object(
  {
    byPriority: Type.Array(SlaShareViewSchema),
    byQueue: Type.Array(SlaShareViewSchema),
    byAgent: Type.Array(SlaShareViewSchema),
    atRisk: Type.Array(
      Type.Object({
        id: Type.String({ format: 'uuid' }),
        number: Type.Integer(),
        subject: Type.String(),
        priority: Type.String(),
        assigneeId: Nullable(Type.String({ format: 'uuid' })),
        target: Type.Union([Type.Literal('first_response'), Type.Literal('resolution')]),
        dueAt: Type.String({ format: 'date-time' }),
      }),
      { description: 'Open tickets due within the hour or overdue, the most urgent first (up to 100).' },
    ),
  },
  { $id: 'ReportSlaView' },
);
export type ReportSlaView = Static<typeof ReportSlaViewSchema>;

/** `GET /reports/tickets`: the tickets behind a figure (up to 100, newest first). */
export const ReportTicketViewSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    number: Type.Integer(),
    subject: Type.String(),
    status: Type.String(),
    priority: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'ReportTicketView' },
);
export type ReportTicketView = Static<typeof ReportTicketViewSchema>;
