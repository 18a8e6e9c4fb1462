import { DynamicModule } from '@nestjs/common';
import { AuthModule } from '@okpay/auth';
import { BotModule } from '@okpay/bot';
import { MessagingModule } from '@okpay/messaging';
import { ReportsModule } from '@okpay/reports';
import { BusinessCalendarsModule, RoutingModule } from '@okpay/routing';
import { TicketsModule } from '@okpay/tickets';
import { WalletCoreModule } from '@okpay/wallet-core';
import { SupportCalendarModule } from './calendar/support-business-days';
import { EmailPortsModule } from './email/email-ports.module';

export interface FeatureModuleSecrets {
  readonly tokenSecret: string;
  readonly widgetIdentitySecret: string;
}

/**
 * The feature libs' modules, each built once and handed to the modules that import it: the arrows
 * of DESIGN.md, plus the ports the app binds (calendars for tickets and the wallet, the bot and the
 * wallet's customers for email). Nest keys a dynamic module by reference, so every importer of
 * `tickets` shares one instance. The platform (config, clock, jobs) is one such module too.
 */
export function featureModules(platform: DynamicModule, secrets: FeatureModuleSecrets): DynamicModule[] {
  const calendars = BusinessCalendarsModule.forRoot({ platform });
  const supportCalendar = SupportCalendarModule.forRoot({ calendars });
  const wallet = WalletCoreModule.forRoot({ platform, businessDays: supportCalendar });
  const tickets = TicketsModule.forRoot({ platform, calendar: supportCalendar });
  const routing = RoutingModule.forRoot({ platform, calendars, tickets });
  const bot = BotModule.forRoot({ platform, wallet, tickets, calendars, routing });
  const messaging = MessagingModule.forRoot({ platform, tickets, calendar: supportCalendar, ports: EmailPortsModule.forRoot({ platform, wallet, bot }) });
  const auth = AuthModule.forRoot({ ...secrets, platform, wallet });
  const reports = ReportsModule.forRoot({ platform, calendar: supportCalendar });
  return [wallet, calendars, supportCalendar, tickets, routing, bot, messaging, auth, reports];
}
