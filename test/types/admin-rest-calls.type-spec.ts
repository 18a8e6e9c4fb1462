/**
 * Compile-time checks of the admin console's REST calls (`npm run typecheck` compiles this file;
 * nothing runs it): each answer is exactly the view its controller declares, and what the console
 * sends is what the controller's DTO takes.
 */
import { FrontEndRestCalls, RestCallAnswer } from '@okpay/contracts';
import { AdminAuditController } from '../../apps/api/src/controllers/admin-audit.controller';
import { AgentsController } from '../../apps/api/src/controllers/agents.controller';
import { CalendarsController } from '../../apps/api/src/controllers/calendars.controller';
import { CannedRepliesController } from '../../apps/api/src/controllers/canned-replies.controller';
import { KnowledgeArticlesController } from '../../apps/api/src/controllers/knowledge-articles.controller';
import { SlaTargetsController } from '../../apps/api/src/controllers/sla-targets.controller';
import { AdminAuditQuery } from '../../apps/api/src/dto/admin-audit.dto';
import { ChangeAgentDto, CreateAgentDto } from '../../apps/api/src/dto/auth.dto';
import { CannedResponseDto } from '../../apps/api/src/dto/replies.dto';
import { AssignQueueCalendarDto, CalendarOpeningsQuery, RoutingProfileDto } from '../../apps/api/src/dto/routing.dto';
import { SlaTargetDto } from '../../apps/api/src/dto/sla-target.dto';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<Condition extends true> = Condition;
type AnswerOf<Handler> = Handler extends (...args: never[]) => infer Answer ? Awaited<Answer> : never;
type Takes<Dto, Sent> = [keyof Sent] extends [keyof Dto] ? ([Sent] extends [Dto] ? true : false) : false;
type Body<Call extends keyof FrontEndRestCalls> = FrontEndRestCalls[Call] extends { body: infer B } ? B : never;
type Query<Call extends keyof FrontEndRestCalls> = FrontEndRestCalls[Call] extends { query: infer Q } ? Q : never;

export type AdminRestCallChecks = [
  Expect<Equal<RestCallAnswer<'GET /admin/calendars'>, AnswerOf<CalendarsController['list']>>>,
  Expect<Equal<RestCallAnswer<'PUT /admin/calendars/:id'>, AnswerOf<CalendarsController['replace']>>>,
  Expect<Equal<RestCallAnswer<'GET /admin/calendars/:id/openings'>, AnswerOf<CalendarsController['openings']>>>,
  Expect<Takes<CalendarOpeningsQuery, Query<'GET /admin/calendars/:id/openings'>>>,
  Expect<Equal<RestCallAnswer<'POST /admin/calendar-previews'>, AnswerOf<CalendarsController['preview']>>>,
  Expect<Equal<RestCallAnswer<'GET /admin/queues'>, AnswerOf<CalendarsController['queues']>>>,
  Expect<Equal<RestCallAnswer<'PUT /admin/queues/:kind'>, AnswerOf<CalendarsController['assign']>>>,
  Expect<Takes<AssignQueueCalendarDto, Body<'PUT /admin/queues/:kind'>>>,
  Expect<Equal<RestCallAnswer<'GET /agents'>, AnswerOf<AgentsController['list']>>>,
  Expect<Equal<RestCallAnswer<'POST /agents'>, AnswerOf<AgentsController['create']>>>,
  Expect<Takes<CreateAgentDto, Body<'POST /agents'>>>,
  Expect<Equal<RestCallAnswer<'PATCH /admin/agents/:id'>, AnswerOf<AgentsController['change']>>>,
  Expect<Takes<ChangeAgentDto, Body<'PATCH /admin/agents/:id'>>>,
  Expect<Equal<RestCallAnswer<'POST /admin/agents/:id/deactivation'>, AnswerOf<AgentsController['deactivate']>>>,
  Expect<Equal<RestCallAnswer<'GET /admin/agents/:id/routing'>, AnswerOf<AgentsController['routing']>>>,
  Expect<Equal<RestCallAnswer<'PUT /admin/agents/:id/routing'>, AnswerOf<AgentsController['changeRouting']>>>,
  Expect<Takes<RoutingProfileDto, Body<'PUT /admin/agents/:id/routing'>>>,
  Expect<Equal<RestCallAnswer<'POST /canned-responses'>, AnswerOf<CannedRepliesController['create']>>>,
  Expect<Takes<CannedResponseDto, Body<'POST /canned-responses'>>>,
  Expect<Equal<RestCallAnswer<'PUT /canned-responses/:id'>, AnswerOf<CannedRepliesController['replace']>>>,
  Expect<Equal<RestCallAnswer<'DELETE /canned-responses/:id'>, AnswerOf<CannedRepliesController['remove']>>>,
  Expect<Equal<RestCallAnswer<'GET /macros'>, AnswerOf<CannedRepliesController['macros']>>>,
  Expect<Equal<RestCallAnswer<'PUT /macros/:id'>, AnswerOf<CannedRepliesController['replaceMacro']>>>,
  Expect<Equal<RestCallAnswer<'DELETE /macros/:id'>, AnswerOf<CannedRepliesController['removeMacro']>>>,
  Expect<Equal<RestCallAnswer<'GET /admin/sla-targets'>, AnswerOf<SlaTargetsController['list']>>>,
  Expect<Equal<RestCallAnswer<'PUT /admin/sla-targets/:priority'>, AnswerOf<SlaTargetsController['change']>>>,
  Expect<Takes<SlaTargetDto, Body<'PUT /admin/sla-targets/:priority'>>>,
  Expect<Equal<RestCallAnswer<'GET /admin/articles'>, AnswerOf<KnowledgeArticlesController['list']>>>,
  Expect<Equal<RestCallAnswer<'GET /admin/articles/:id/:locale'>, AnswerOf<KnowledgeArticlesController['preview']>>>,
  Expect<Equal<RestCallAnswer<'GET /admin/audit'>, AnswerOf<AdminAuditController['list']>>>,
  Expect<Takes<Partial<AdminAuditQuery>, Query<'GET /admin/audit'>>>,
];
