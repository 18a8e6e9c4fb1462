// The face of @okpay/messaging: its module, use cases, ports and mail types; entities stay inside.
// Data access: use cases hold no SQL (lint rule); inbound mail rows are written by
// email-messages.repository (with the thread a received mail opens), outbound ones by OutboundMail,
// other threads by EmailThreads, all on the transaction's EntityManager.
export { EmailAddressHealth } from './addresses/address-health';
export { MAX_ATTACHMENT_BYTES } from './inbound/attachment-policy';
export { NewMailTriage } from './inbound/new-mail-triage';
export { TRIAGE_MAIL_JOB, TRIAGE_MAIL_RETRY_LIMIT, TriageMailJobData } from './inbound/triage-mail.job';
export { EmailDeliveries, MessageEmail } from './mail/email-deliveries';
export { EmailDirection, EmailKind, EmailStatus } from './mail/email-message.record';
export { ChatTranscriptRequest, ChatTranscripts } from './outbound/chat-transcripts';
export { OutboundMail } from './outbound/outbound-mail.service';
export { SEND_EMAIL_JOB, SEND_EMAIL_RETRY_LIMIT, SendEmailJobData } from './outbound/send-email.job';
export { InboundMailTriage, MailTriage } from './ports/inbound-mail-triage';
export { WalletCustomerContact, WalletCustomerEmails } from './ports/wallet-customer-emails';
export { MessagingModule, MessagingModuleImports } from './messaging.module';
