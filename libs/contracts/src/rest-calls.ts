import { AdminRestCalls } from './admin-rest-calls';
import { AgentPresence } from './chat';
import { Locale } from './locale';
import { AGENT_TICKET_STATUSES, TICKET_PRIORITY_NAMES } from './ticket-choices';
import {
  AgentLoginResponse,
  AgentView,
  AttachmentView,
  BusinessHoursView,
  CallbackWorkItemView,
  ChatTranscriptView,
  CannedResponseView,
  ContactPageView,
  ContactProfileView,
  ConversationMessagesPage,
  ConversationSummary,
  CustomerWalletPanelView,
  HandoffOfferView,
  MacroPreviewView,
  MacroView,
  RenderedReplyView,
  ReportAgentView,
  ReportBotIntentsView,
  ReportHeatmapView,
  ReportOverviewView,
  ReportSlaView,
  ReportTicketView,
  RoutingProfileView,
  SavedTicketView,
  TicketDetailView,
  TicketFilters,
  TicketMessageView,
  TicketPageView,
  TicketSummaryView,
  WidgetIdentityResponse,
  WidgetOpenItemView,
  WidgetSessionResponse,
} from './views';

type QueryValue = string | number | boolean;

/**
 * The REST calls the widget and the inbox make under /api/v1, each with the query and body it
 * sends and the view it gets back (the view its controller declares). The clients call through
 * this map, so a changed view or body fails their typecheck.
 */
/** A report's days and filters (see the API's ReportQuery). */
export interface ReportQuery {
  readonly from: string;
  readonly to: string;
  readonly channel?: string;
  readonly queue?: string;
  readonly agent?: string;
  readonly locale?: Locale;
  readonly priority?: string;
}

export interface FrontEndRestCalls extends AdminRestCalls {
  'POST /auth/agents/login': { body: { email: string; password: string }; answer: AgentLoginResponse };
  'GET /agents/me/routing': { answer: RoutingProfileView };
  'PUT /agents/me/presence': { body: { presence: AgentPresence }; answer: RoutingProfileView };
  'GET /conversations/waiting': { answer: ConversationSummary[] };
  'GET /conversations/mine': { answer: ConversationSummary[] };
  'GET /conversations/:id/messages': { query: { afterSeq?: number; limit?: number }; answer: ConversationMessagesPage };
  'GET /tickets': { query: TicketFilters & { limit?: number; cursor?: string }; answer: TicketPageView };
  'POST /tickets/bulk': {
    body: { ticketIds: string[]; status?: (typeof AGENT_TICKET_STATUSES)[number]; assigneeId?: string | null; addTags?: string[] };
    answer: TicketSummaryView[];
  };
  'GET /ticket-views': { answer: SavedTicketView[] };
  'POST /ticket-views': { body: { name: string; filters: TicketFilters }; answer: SavedTicketView };
  'DELETE /ticket-views/:id': { answer: void };
  'GET /agents': { answer: AgentView[] };
  'GET /tickets/search': { query: { q: string; cursor?: string }; answer: TicketPageView };
  'GET /tickets/:id': { answer: TicketDetailView };
  'GET /contacts': { query: { q?: string; limit?: number; cursor?: string }; answer: ContactPageView };
  'GET /contacts/:id': { answer: ContactProfileView };
  'PATCH /tickets/:id': {
    body: { status?: (typeof AGENT_TICKET_STATUSES)[number]; priority?: (typeof TICKET_PRIORITY_NAMES)[number]; tags?: string[] };
    answer: TicketSummaryView;
  };
  'POST /tickets/:id/messages': { body: { body: string; internal?: boolean; seenUpdatedAt?: string }; answer: TicketMessageView };
  'POST /tickets/:id/canned-replies': { body: { cannedResponseId: string }; answer: TicketMessageView };
  'GET /canned-responses': { answer: CannedResponseView[] };
  'GET /tickets/:id/canned-replies/:cannedResponseId': { answer: RenderedReplyView };
  'GET /conversations/:id/canned-replies/:cannedResponseId': { answer: RenderedReplyView };
  'GET /macros': { answer: MacroView[] };
  'GET /tickets/:id/macros/:macroId': { answer: MacroPreviewView };
  'POST /tickets/:id/macros/:macroId': { answer: void };
  'GET /callbacks': { query: { due?: 'true' | 'false' }; answer: CallbackWorkItemView[] };
  'GET /admin/customers/:id/wallet': { answer: CustomerWalletPanelView };
  /** The file's raw bytes are the body (application/octet-stream). */
  'POST /chat/attachments': { query: { conversationId?: string; fileName?: string }; answer: AttachmentView };
  'POST /widget/sessions': { body: { locale: Locale }; answer: WidgetSessionResponse };
  'POST /widget/identities': { body: { identity: string }; answer: WidgetIdentityResponse };
  'GET /business-hours/status': { query: { queue?: 'chat' }; answer: BusinessHoursView };
  'GET /widget/handoff-offer': { answer: HandoffOfferView };
  'GET /reports/overview': { query: ReportQuery; answer: ReportOverviewView };
  'GET /reports/agents': { query: ReportQuery; answer: ReportAgentView[] };
  'GET /reports/heatmap': { query: ReportQuery; answer: ReportHeatmapView };
  'GET /reports/bot-intents': { query: ReportQuery; answer: ReportBotIntentsView };
  'GET /reports/sla': { query: ReportQuery; answer: ReportSlaView };
  'GET /reports/tickets': { query: ReportQuery & { figure: 'ticketsCreated' | 'ticketsSolved' | 'ticketsReopened' | 'csatResponses' }; answer: ReportTicketView[] };
  'GET /widget/open-item': { answer: WidgetOpenItemView };
  'POST /widget/transcript': { body: { conversationId: string; email?: string; timeZone?: string }; answer: ChatTranscriptView };
}

export type FrontEndRestCall = keyof FrontEndRestCalls;

type PathParamNames<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? Name
    : never;

type CallPath<Call extends string> = Call extends `${string} ${infer Path}` ? Path : never;

/** What a call needs besides its name: its path parameters, query and body, each only where it has one. */
export type RestCallInput<Call extends FrontEndRestCall> = ([PathParamNames<CallPath<Call>>] extends [never]
  ? unknown
  : { params: Record<PathParamNames<CallPath<Call>>, string> }) &
  (FrontEndRestCalls[Call] extends { query: infer Query } ? { query?: Query } : unknown) &
  (FrontEndRestCalls[Call] extends { body: infer Body } ? { body: Body } : unknown);

export type RestCallAnswer<Call extends FrontEndRestCall> = FrontEndRestCalls[Call]['answer'];

/** The method and the path (below /api/v1, with its query) a call is sent to. */
export function restCallTarget<Call extends FrontEndRestCall>(call: Call, input: RestCallInput<Call>): { method: string; path: string } {
  const [method, template] = call.split(' ');
  const { params, query } = input as { params?: Record<string, string>; query?: Record<string, QueryValue | undefined> };
  const path = template.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params![name]));
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined) search.set(name, String(value));
  const queryString = search.toString();
  return { method, path: queryString ? `${path}?${queryString}` : path };
}
