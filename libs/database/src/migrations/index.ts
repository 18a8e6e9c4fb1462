import { Identity1767225600000 } from './1767225600000-identity';
import { Wallet1767312000000 } from './1767312000000-wallet';
import { Routing1767398400000 } from './1767398400000-routing';
import { ChatRouting1767484800000 } from './1767484800000-chat-routing';
import { Tickets1767571200000 } from './1767571200000-tickets';
import { Conversations1767657600000 } from './1767657600000-conversations';
import { Bot1767700000000 } from './1767700000000-bot';
import { Messaging1767744000000 } from './1767744000000-messaging';
import { BotTurnCount1767800000000 } from './1767800000000-bot-turn-count';
import { LoginBackoff1780000000000 } from './1780000000000-login-backoff';
import { RateLimitCounters1780300000000 } from './1780300000000-rate-limit-counters';
import { BotOutcome1780500000000 } from './1780500000000-bot-outcome';
import { BotDialogueState1780700000000 } from './1780700000000-bot-dialogue-state';
import { BotOpenConversationsBySilence1780800000000 } from './1780800000000-bot-open-conversations-by-silence';
import { SocketFanOut1780820000000 } from './1780820000000-socket-fan-out';
import { BotModels1780821000000 } from './1780821000000-bot-models';
import { HelpArticleVotes1780840000000 } from './1780840000000-help-article-votes';
import { ContactsDirectory1780850000000 } from './1780850000000-contacts-directory';
import { ReportRanges1780860000000 } from './1780860000000-report-ranges';
import { RateLimitCountersUnlogged1780900000000 } from './1780900000000-rate-limit-counters-unlogged';
import { ChatTranscripts1780910000000 } from './1780910000000-chat-transcripts';
import { SavedTicketViews1780920000000 } from './1780920000000-saved-ticket-views';
import { AdminConsole1780930000000 } from './1780930000000-admin-console';
import { ReportEvents1780940000000 } from './1780940000000-report-events';
import { ReportMonthly1780950000000 } from './1780950000000-report-monthly';
import { ReportDailySums1780950001000 } from './1780950001000-report-daily-sums';
import { MakePaymentFunction1780960000000 } from './1780960000000-make-payment-function';
import { InboundMailTriage1780970000000 } from './1780970000000-inbound-mail-triage';
import { FlatReportTriggers1780980000000 } from './1780980000000-flat-report-triggers';
import { DailyLimitUsage1780990000000 } from './1780990000000-daily-limit-usage';
import { TransferAndTopUpFunctions1780991000000 } from './1780991000000-transfer-and-top-up-functions';

/** Every migration, oldest first. Add new ones at the end. */
export const MIGRATIONS = [
  Identity1767225600000,
  Wallet1767312000000,
  Routing1767398400000,
  ChatRouting1767484800000,
  Tickets1767571200000,
  Conversations1767657600000,
  Bot1767700000000,
  Messaging1767744000000,
  BotTurnCount1767800000000,
  LoginBackoff1780000000000,
  RateLimitCounters1780300000000,
  BotOutcome1780500000000,
  BotDialogueState1780700000000,
  BotOpenConversationsBySilence1780800000000,
  SocketFanOut1780820000000,
  BotModels1780821000000,
  HelpArticleVotes1780840000000,
  ContactsDirectory1780850000000,
  ReportRanges1780860000000,
  RateLimitCountersUnlogged1780900000000,
  ChatTranscripts1780910000000,
  SavedTicketViews1780920000000,
  AdminConsole1780930000000,
  ReportEvents1780940000000,
  ReportMonthly1780950000000,
  ReportDailySums1780950001000,
  MakePaymentFunction1780960000000,
  InboundMailTriage1780970000000,
  FlatReportTriggers1780980000000,
  DailyLimitUsage1780990000000,
  TransferAndTopUpFunctions1780991000000,
];
