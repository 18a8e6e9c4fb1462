import { DynamicModule, Module, Provider } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WidgetIdentitySigner } from '@okpay/auth';
import { buildDataSourceOptions, RateLimitCounters } from '@okpay/database';
import { Clock } from '@okpay/shared';
import { CustomerDirectory } from '@okpay/wallet-core';
import { CHAT_PROVIDERS } from './chat/chat-providers';
import { ClusterLink } from './cluster/cluster-link';
import { AdminAuditLog } from './admin/admin-audit-log';
import { AgentDeactivation } from './admin/agent-deactivation';
import { AgentCollisions } from './collision/agent-collisions';
import { AdminAuditController } from './controllers/admin-audit.controller';
import { AdminWalletController } from './controllers/admin-wallet.controller';
import { KnowledgeArticlesController } from './controllers/knowledge-articles.controller';
import { SlaTargetsController } from './controllers/sla-targets.controller';
import { AgentPresenceController } from './controllers/agent-presence.controller';
import { ChatAttachmentsController } from './controllers/chat-attachments.controller';
import { ChatQueueController } from './controllers/chat-queue.controller';
import { BotMessagesController } from './controllers/bot-messages.controller';
import { BotOutcomesController } from './controllers/bot-outcomes.controller';
import { ConversationsController } from './controllers/conversations.controller';
import { WidgetIdentitiesController } from './controllers/widget-identities.controller';
import { BusinessHoursController } from './controllers/business-hours.controller';
import { CalendarsController } from './controllers/calendars.controller';
import { CannedRepliesController } from './controllers/canned-replies.controller';
import { CallbacksController } from './controllers/callbacks.controller';
import { EmailAttachmentsController } from './controllers/email-attachments.controller';
import { AgentsController } from './controllers/agents.controller';
import { AuthController } from './controllers/auth.controller';
import { HealthController } from './controllers/health.controller';
import { featureModules } from './feature-modules';
import { HelpCentreController } from './controllers/help-centre.controller';
import { HelpVotesController } from './controllers/help-votes.controller';
import { WidgetHandoffOfferController } from './controllers/widget-handoff-offer.controller';
import { WidgetOpenItemController } from './controllers/widget-open-item.controller';
import { WidgetTranscriptController } from './controllers/widget-transcript.controller';
import { HandoffOffers } from './handoff-offers/handoff-offers';
import { HelpArticleVotes } from './help/help-article-votes';
import { KnowledgeBaseWatcher } from './help/knowledge-base-watcher';
import { TranscriptRecipient } from './transcripts/transcript-recipient';
import { ReportsController } from './controllers/reports.controller';
import { ServiceStatusController } from './controllers/service-status.controller';
import { TicketsController } from './controllers/tickets.controller';
import { ContactsController } from './controllers/contacts.controller';
import { TicketViewsController } from './controllers/ticket-views.controller';
import { WalletAccountsController } from './controllers/wallet-accounts.controller';
import { WalletPaymentsController } from './controllers/wallet-payments.controller';
import { WalletQuotesController } from './controllers/wallet-quotes.controller';
import { WalletRefundsController } from './controllers/wallet-refunds.controller';
import { WalletTopUpsController } from './controllers/wallet-topups.controller';
import { WalletTransactionsController } from './controllers/wallet-transactions.controller';
import { WalletTransfersController } from './controllers/wallet-transfers.controller';
import { WalletVerificationController } from './controllers/wallet-verification.controller';
import { WidgetSessionsController } from './controllers/widget-sessions.controller';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { createValidationPipe } from './http/validation';
import { RateLimitGuard } from './limits/rate-limit.guard';
import { RateLimits } from './limits/rate-limits';
import { PlatformModule, PlatformServices } from './platform.module';
import { DemoAccountsLockdown } from './seed/demo-accounts-lockdown';
import { DemoSeed } from './seed/demo-seed';
import { DemoWidgetIdentity } from './seed/demo-widget-identity';
import { BuiltFrontEnds } from './web/built-front-ends';
import { DemoPagesController } from './web/demo-pages.controller';
import { WebPagesController } from './web/web-pages.controller';

export interface ApiModuleOptions extends PlatformServices {
  /** The database to use: the embedded one, DATABASE_URL, or a test's own. */
  readonly databaseUrl: string;
  readonly tokenSecret: string;
  readonly widgetIdentitySecret: string;
}

@Module({})
export class ApiModule {
  static forRoot(options: ApiModuleOptions): DynamicModule {
    const production = options.config.nodeEnv === 'production';
    const platform = PlatformModule.forRoot(options, ClusterLink.create(options.config, options.databaseUrl));
    return {
      module: ApiModule,
      imports: [
        platform,
        TypeOrmModule.forRoot({
          ...buildDataSourceOptions({
            url: options.databaseUrl,
            poolSize: options.config.databasePoolSize,
            timeouts: options.config.databaseTimeouts,
          }),
          autoLoadEntities: true,
        }),
        ...featureModules(platform, { tokenSecret: options.tokenSecret, widgetIdentitySecret: options.widgetIdentitySecret }),
      ],
      controllers: [
        AdminAuditController,
        AdminWalletController,
        KnowledgeArticlesController,
        SlaTargetsController,
        AgentPresenceController,
        AgentsController,
        AuthController,
        BotMessagesController,
        BotOutcomesController,
        ReportsController,
        BusinessHoursController,
        CalendarsController,
        CannedRepliesController,
        CallbacksController,
        ChatAttachmentsController,
        ChatQueueController,
        EmailAttachmentsController,
        ConversationsController,
        HealthController,
        HelpCentreController,
        HelpVotesController,
        ServiceStatusController,
        TicketsController,
        ContactsController,
        TicketViewsController,
        WalletAccountsController,
        WalletPaymentsController,
        WalletQuotesController,
        WalletRefundsController,
        WalletTopUpsController,
        WalletTransactionsController,
        WalletTransfersController,
        WalletVerificationController,
        WidgetIdentitiesController,
        WidgetSessionsController,
        WidgetHandoffOfferController,
        WidgetOpenItemController,
        WidgetTranscriptController,
        WebPagesController,
        ...(production ? [] : [DemoPagesController]),
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        RateLimitCounters,
        RateLimits,
        RateLimitGuard,
        KnowledgeBaseWatcher,
        HelpArticleVotes,
        HandoffOffers,
        TranscriptRecipient,
        AdminAuditLog,
        AgentDeactivation,
        AgentCollisions,
        ...(production ? [DemoAccountsLockdown] : demoProviders(options.widgetIdentitySecret)),
        ...CHAT_PROVIDERS,
        { provide: BuiltFrontEnds, useValue: new BuiltFrontEnds() },
      ],
    };
  }
}

/** The demo seed and the /demo page's identity signer: never constructed in production. */
function demoProviders(widgetIdentitySecret: string): Provider[] {
  return [
    DemoSeed,
    {
      provide: DemoWidgetIdentity,
      useFactory: (customers: CustomerDirectory, clock: Clock) => new DemoWidgetIdentity(customers, new WidgetIdentitySigner(widgetIdentitySecret, clock)),
      inject: [CustomerDirectory, Clock],
    },
  ];
}
