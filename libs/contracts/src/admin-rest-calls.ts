import { Locale } from './locale';
import { AgentRole } from './auth';
import {
  AdminAuditEntryView,
  AdminAuditSubjectType,
  AgentView,
  CalendarOpeningsView,
  CalendarView,
  CannedResponseView,
  KnowledgeArticlePreviewView,
  KnowledgeArticleSummaryView,
  MacroView,
  QueueCalendarView,
  RoutingProfileView,
  SlaTargetView,
} from './views';

/** A calendar definition as the admin console edits it (validated by the API's calendar parser). */
export interface CalendarDefinitionBody {
  readonly timeZone: string;
  readonly weekly: Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', { start: string; end: string }[]>>;
  readonly overrides?: readonly Record<string, unknown>[];
}

type MacroBody = { name: string; actions: MacroView['actions'] };
type CannedBody = { name: string; locale: Locale; body: string };

/** The admin console's REST calls (admins and supervisors), part of `FrontEndRestCalls`. */
export interface AdminRestCalls {
  'GET /admin/calendars': { answer: CalendarView[] };
  'PUT /admin/calendars/:id': { body: { definition: CalendarDefinitionBody }; answer: CalendarView };
  'GET /admin/calendars/:id/openings': { query: { days?: number }; answer: CalendarOpeningsView };
  'POST /admin/calendar-previews': { body: { definition: CalendarDefinitionBody; days?: number }; answer: CalendarOpeningsView };
  'GET /admin/queues': { answer: QueueCalendarView[] };
  'PUT /admin/queues/:kind': { body: { calendarId: string }; answer: QueueCalendarView };
  'GET /agents': { answer: AgentView[] };
  'POST /agents': { body: { email: string; name: string; role: AgentRole; password: string }; answer: AgentView };
  'PATCH /admin/agents/:id': { body: { role: AgentRole }; answer: AgentView };
  'POST /admin/agents/:id/deactivation': { answer: AgentView };
  'GET /admin/agents/:id/routing': { answer: RoutingProfileView };
  'PUT /admin/agents/:id/routing': { body: { chatCapacity?: number; ticketCapacity?: number; languages?: Locale[]; topics?: string[] }; answer: RoutingProfileView };
  'POST /canned-responses': { body: CannedBody; answer: CannedResponseView };
  'PUT /canned-responses/:id': { body: CannedBody; answer: CannedResponseView };
  'DELETE /canned-responses/:id': { answer: void };
  'GET /macros': { answer: MacroView[] };
  'POST /macros': { body: MacroBody; answer: MacroView };
  'PUT /macros/:id': { body: MacroBody; answer: MacroView };
  'DELETE /macros/:id': { answer: void };
  'GET /admin/sla-targets': { answer: SlaTargetView[] };
  'PUT /admin/sla-targets/:priority': { body: { firstResponseMinutes: number; resolutionMinutes: number }; answer: SlaTargetView };
  'GET /admin/articles': { answer: KnowledgeArticleSummaryView[] };
  'GET /admin/articles/:id/:locale': { answer: KnowledgeArticlePreviewView };
  'GET /admin/audit': { query: { subjectType?: AdminAuditSubjectType; subjectId?: string }; answer: AdminAuditEntryView[] };
}
