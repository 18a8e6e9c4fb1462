/**
 * Compile-time checks of the REST calls the widget and the inbox make (`npm run typecheck`
 * compiles this file; nothing runs it): each call's answer is exactly the view its controller
 * declares, and what the client sends is what the controller's DTO takes.
 */
import { FrontEndRestCalls, RestCallAnswer, TicketSummaryView } from '@okpay/contracts';
import { AdminWalletController } from '../../apps/api/src/controllers/admin-wallet.controller';
import { AgentPresenceController } from '../../apps/api/src/controllers/agent-presence.controller';
import { AuthController } from '../../apps/api/src/controllers/auth.controller';
import { BusinessHoursController } from '../../apps/api/src/controllers/business-hours.controller';
import { CallbacksController } from '../../apps/api/src/controllers/callbacks.controller';
import { CannedRepliesController } from '../../apps/api/src/controllers/canned-replies.controller';
import { ChatAttachmentsController } from '../../apps/api/src/controllers/chat-attachments.controller';
import { ConversationsController } from '../../apps/api/src/controllers/conversations.controller';
import { TicketsController } from '../../apps/api/src/controllers/tickets.controller';
import { WidgetIdentitiesController } from '../../apps/api/src/controllers/widget-identities.controller';
import { WidgetSessionsController } from '../../apps/api/src/controllers/widget-sessions.controller';
import { LoginDto, StartWidgetSessionDto } from '../../apps/api/src/dto/auth.dto';
import { AttachmentUploadQuery, WidgetIdentityDto } from '../../apps/api/src/dto/chat.dto';
import { CannedReplyDto } from '../../apps/api/src/dto/replies.dto';
import { BusinessHoursQuery, CallbackListQuery, PresenceDto } from '../../apps/api/src/dto/routing.dto';
import { TicketListQuery, TicketMessageDto, UpdateTicketDto } from '../../apps/api/src/dto/ticket.dto';

/** True only when A and B are the same type (optional and readonly fields included). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<Condition extends true> = Condition;
type AnswerOf<Handler> = Handler extends (...args: never[]) => Promise<infer Answer> ? Answer : never;
/** The client sends no field the DTO lacks, and every field it sends is one the DTO takes. */
type Takes<Dto, Sent> = [keyof Sent] extends [keyof Dto] ? ([Sent] extends [Dto] ? true : false) : false;
type Body<Call extends keyof FrontEndRestCalls> = FrontEndRestCalls[Call] extends { body: infer B } ? B : never;
type Query<Call extends keyof FrontEndRestCalls> = FrontEndRestCalls[Call] extends { query: infer Q } ? Q : never;

export type RestCallChecks = [
  Expect<Equal<RestCallAnswer<'POST /auth/agents/login'>, AnswerOf<AuthController['loginAgent']>>>,
  Expect<Takes<LoginDto, Body<'POST /auth/agents/login'>>>,
  Expect<Equal<RestCallAnswer<'GET /agents/me/routing'>, AnswerOf<AgentPresenceController['mine']>>>,
  Expect<Equal<RestCallAnswer<'PUT /agents/me/presence'>, AnswerOf<AgentPresenceController['setPresence']>>>,
  Expect<Takes<PresenceDto, Body<'PUT /agents/me/presence'>>>,
  Expect<Equal<RestCallAnswer<'GET /conversations/waiting'>, AnswerOf<ConversationsController['waiting']>>>,
  Expect<Equal<RestCallAnswer<'GET /conversations/mine'>, AnswerOf<ConversationsController['mine']>>>,
  Expect<Equal<RestCallAnswer<'GET /tickets'>, AnswerOf<TicketsController['inbox']>>>,
  Expect<Takes<Partial<TicketListQuery>, Query<'GET /tickets'>>>,
  Expect<Equal<RestCallAnswer<'GET /tickets/:id'>, AnswerOf<TicketsController['get']>>>,
  Expect<Equal<RestCallAnswer<'PATCH /tickets/:id'>, AnswerOf<TicketsController['update']>>>,
  Expect<Takes<UpdateTicketDto, Body<'PATCH /tickets/:id'>>>,
  Expect<Equal<RestCallAnswer<'POST /tickets/:id/messages'>, AnswerOf<TicketsController['message']>>>,
  Expect<Takes<TicketMessageDto, Body<'POST /tickets/:id/messages'>>>,
  Expect<Equal<RestCallAnswer<'POST /tickets/:id/canned-replies'>, AnswerOf<CannedRepliesController['reply']>>>,
  Expect<Takes<CannedReplyDto, Body<'POST /tickets/:id/canned-replies'>>>,
  Expect<Equal<RestCallAnswer<'GET /canned-responses'>, AnswerOf<CannedRepliesController['list']>>>,
  Expect<Equal<RestCallAnswer<'GET /callbacks'>, AnswerOf<CallbacksController['workList']>>>,
  Expect<Takes<CallbackListQuery, Query<'GET /callbacks'>>>,
  Expect<Equal<RestCallAnswer<'GET /admin/customers/:id/wallet'>, AnswerOf<AdminWalletController['customerWallet']>>>,
  Expect<Equal<RestCallAnswer<'POST /chat/attachments'>, AnswerOf<ChatAttachmentsController['upload']>>>,
  Expect<Takes<AttachmentUploadQuery, Query<'POST /chat/attachments'>>>,
  Expect<Equal<RestCallAnswer<'POST /widget/sessions'>, AnswerOf<WidgetSessionsController['start']>>>,
  Expect<Takes<StartWidgetSessionDto, Body<'POST /widget/sessions'>>>,
  Expect<Equal<RestCallAnswer<'POST /widget/identities'>, AnswerOf<WidgetIdentitiesController['start']>>>,
  Expect<Takes<WidgetIdentityDto, Body<'POST /widget/identities'>>>,
  Expect<Equal<RestCallAnswer<'GET /business-hours/status'>, AnswerOf<BusinessHoursController['status']>>>,
  Expect<Takes<BusinessHoursQuery, Query<'GET /business-hours/status'>>>,

  // @ts-expect-error a call whose answer is not the controller's view fails to compile
  Expect<Equal<TicketSummaryView, AnswerOf<TicketsController['get']>>>,
  // @ts-expect-error a body with a field the DTO lacks fails to compile
  Expect<Takes<PresenceDto, { presence: 'online'; note: string }>>,
];
