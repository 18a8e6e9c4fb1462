/**
 * What the bot says in English: ICU MessageFormat, one flat key per message, grouped by area.
 * The keys of this catalog are `BotMessageId`; zh-CN must have every one of them, with the same
 * placeholders. See `bot-messages.ts` for the convention.
 */
export const en = {
  // Dates in answers (the date itself comes from Intl through luxon).
  'time.beijingTime': ' (Beijing time)',
  'time.otherZone': ' ({zone})',

  // Identity-verification tiers: the one name of each (GLOSSARY.md, held by the terminology test).
  'tier.unverified': 'unverified',
  'tier.basic': 'basic',
  'tier.full': 'full',

  // Fees: a rule, and a quote for an amount the customer names.
  'fees.rule.free': 'free',
  'fees.rule':
    '{percent}{bounds, select, both { (min {minimum}, max {maximum})} minimum { (min {minimum})} maximum { (max {maximum})} other {}}',
  'fees.quote.heading': 'At our current fees:',
  'fees.quote.line': '• {operation}: fee {fee}, {total} in all. The rule: {rule}.',
  'fees.quote.exchange': 'If the money is exchanged into another currency, the rate is the mid rate less {markup}.',
  'fees.operation.crossBorderTransfer': 'Sending {amount} abroad',
  'fees.operation.domesticTransfer': 'Sending {amount} within mainland China',
  'fees.operation.cardTopUp': 'Topping up {amount} by card',
  'fees.operation.bankTransferTopUp': 'Topping up {amount} by bank transfer',
  'fees.operation.withdrawal': 'Withdrawing {amount} to a bank account',

  // Why a transaction failed, and the one thing to do about it (per wallet-core failure code).
  'failure.insufficient_funds.why': 'your balance was lower than the amount plus fees',
  'failure.insufficient_funds.whatToDo': 'Top up your wallet (a card top-up arrives at once), then pay again.',
  'failure.limit_exceeded.why': 'it went over your verification tier’s limit',
  'failure.limit_exceeded.whatToDo': 'Pay a smaller amount, wait for tomorrow’s limit, or verify your identity to raise your limits.',
  'failure.risk_review.why': 'our risk checks held it for review',
  'failure.risk_review.whatToDo':
    'No action is needed: the review usually finishes within one business day and you will be notified. If the payment was not yours, tell us now.',
  'failure.merchant_unavailable.why': 'the merchant was not accepting OKPay payments at that moment',
  'failure.merchant_unavailable.whatToDo': 'Try again later or choose another payment method with the merchant; no money left your wallet.',
  'failure.account_frozen.why': 'your account is frozen',
  'failure.account_frozen.whatToDo': 'Please talk to an agent: a frozen account can only be reviewed by a person.',
  'failure.card_declined.why': 'your card issuer declined the charge',
  'failure.card_declined.whatToDo': 'Check with your bank, or top up by bank transfer instead.',
  'failure.card_expired.why': 'the card has expired',
  'failure.card_expired.whatToDo': 'Add a valid card and try again.',
  'failure.bank_rejected.why': 'the bank rejected the transfer',
  'failure.bank_rejected.whatToDo': 'Check the account details with your bank and try again; no money was taken.',
  'failure.cancelled_by_customer.why': 'you cancelled it',
  'failure.cancelled_by_customer.whatToDo': 'Start a new one if you still want to go ahead.',
  'failure.recipient_unavailable.why': 'the recipient cannot receive money right now',
  'failure.recipient_unavailable.whatToDo': 'Ask the recipient to check their account, then send again.',
  'failure.verification_required.why': 'it needs a higher verification tier',
  'failure.verification_required.whatToDo': 'Verify your identity in the app (Me › Verify identity), then try again.',

  // Another provider is the subject: only OKPay here, who can help instead, what OKPay does that relates.
  'otherProvider.wallet':
    "This sounds like a question about {name}, which is a different service from OKPay. I can only help with OKPay, so I can't see or change anything in {name}: " +
    'for its payments, refunds, limits or account, please use the {name} app or its customer service (for a refund of something you bought, the merchant you paid). ' +
    "If something went wrong in your OKPay wallet, tell me what happened there and I'll help.",
  'otherProvider.bank':
    "This sounds like a question for {name}. I can only help with OKPay, so I can't see your bank account or cards: statements, card bills, declined bank cards and branch questions are for {name}'s app or customer service. " +
    'Where OKPay comes in: you can top up your OKPay wallet from a bank card or by bank transfer.',
  'otherProvider.card_scheme':
    '{name} is a card network: your card and its bill come from the bank that issued it, so a declined card or a charge on the card is for that bank. I can only help with OKPay. ' +
    'Where OKPay comes in: you can top up your OKPay wallet with a debit or credit card.',

  // A visitor asking about their own account: what those account facts are called, and the invitation.
  'signIn.topic.payment_failed': 'payments',
  'signIn.topic.topup_failed': 'top-ups',
  'signIn.topic.transaction_pending': 'transactions in progress',
  'signIn.topic.refund': 'refunds',
  'signIn.topic.cancel_transaction': 'pending transactions',
  'signIn.topic.fees': 'fees charged',
  'signIn.topic.transaction_limits': 'limits left today',
  'signIn.topic.identity_verification': 'verification status',
  'signIn.topic.balance_history': 'balance and transactions',
  'signIn.topic.account_security': 'security settings',
  'signIn.invitation':
    "To check your own {topic}, please sign in: then I can look at your account and answer for you. Until you sign in I can't see any account details.",
  'signIn.button': 'Sign in',

  // Quick replies: a button label and the message it sends, a phrase the classifier knows well.
  'quickReply.login_issue.label': 'Can’t sign in',
  'quickReply.login_issue.text': 'I can’t log in to my account',
  'quickReply.account_registration.label': 'Open an account',
  'quickReply.account_registration.text': 'How do I sign up for an account',
  'quickReply.payment_failed.label': 'A payment failed',
  'quickReply.payment_failed.text': 'Why did my payment fail',
  'quickReply.topup_failed.label': 'A top-up failed',
  'quickReply.topup_failed.text': 'My top-up failed',
  'quickReply.topup_methods.label': 'Ways to top up',
  'quickReply.topup_methods.text': 'How can I top up my wallet',
  'quickReply.fees.label': 'Fees',
  'quickReply.fees.text': 'What fees do you charge',
  'quickReply.refund.label': 'Refunds',
  'quickReply.refund.text': 'I want a refund',
  'quickReply.cancel_transaction.label': 'Cancel a transaction',
  'quickReply.cancel_transaction.text': 'Cancel my pending transaction',
  'quickReply.transaction_pending.label': 'Payment still pending',
  'quickReply.transaction_pending.text': 'My transfer is still pending',
  'quickReply.identity_verification.label': 'Verification',
  'quickReply.identity_verification.text': 'How do I verify my identity',
  'quickReply.account_security.label': 'Account security',
  'quickReply.account_security.text': 'How do I keep my account secure',
  'quickReply.transaction_limits.label': 'Limits',
  'quickReply.transaction_limits.text': 'What are my transaction limits',
  'quickReply.balance_history.label': 'Balance and history',
  'quickReply.balance_history.text': 'Show my balance and transaction history',
  'quickReply.how_to_pay.label': 'How to pay',
  'quickReply.how_to_pay.text': 'How do I pay with OKPay',
  'quickReply.cross_border.label': 'Sending abroad',
  'quickReply.cross_border.text': 'How do I send money abroad',
  'quickReply.bills_and_promotions.label': 'Bills and offers',
  'quickReply.bills_and_promotions.text': 'How do I pay my bills',
  'quickReply.contact_support.label': 'Contact support',
  'quickReply.contact_support.text': 'How can I contact customer service',
  'quickReply.app_connectivity.label': 'App not working',
  'quickReply.app_connectivity.text': 'The app is not working',
  'quickReply.human_agent.label': 'Talk to a person',
  'quickReply.human_agent.text': 'I want to talk to a human agent',
  'quickReply.callback_request.label': 'Call me back',
  'quickReply.callback_request.text': 'Please call me back',
  'quickReply.complaint.label': 'Make a complaint',
  'quickReply.complaint.text': 'I want to make a complaint',

  // Handing over to people. `position` counts the customer (1: next in line).
  'handoff.fetchingPerson': "Sure, I'm getting you a person.",
  'handoff.fetchingPersonWithUrgentTicket': "Sure, I'm getting you a person. I've also opened urgent ticket #{ticketNumber}.",
  'handoff.queued': "I'm connecting you with an agent. You are number {position} in the queue. Please keep this window open.",
  'handoff.queuedWithWait':
    "I'm connecting you with an agent. You are number {position} in the queue, about {waitMinutes, plural, one {# minute} other {# minutes}}. Please keep this window open.",
  'handoff.urgentTicketOpened': "I've also opened urgent ticket #{ticketNumber} for you.",
  'handoff.ticketOpened':
    "No agent is available right now. I've opened ticket #{ticketNumber} so a person will reply. If you'd like a phone call instead, reply with your phone number and we'll call you back when we open.",
  'handoff.ticketOpenedUntil':
    "No agent is available right now; we open again {opening}. I've opened ticket #{ticketNumber} so a person will reply. If you'd like a phone call instead, reply with your phone number and we'll call you back when we open.",
  'handoff.ticketSubject.security_incident': 'Security: possible account takeover or unrecognised transaction',
  'handoff.ticketSubject.complaint': 'Complaint (from a bot conversation)',
  'handoff.ticketSubject.requested': 'Customer asked for a person',
  'handoff.ticketSubject.low_confidence': 'Question the bot could not answer',
} as const;

/** The id of a bot message: a key of the English catalog, which every locale's catalog has too. */
export type BotMessageId = keyof typeof en;
