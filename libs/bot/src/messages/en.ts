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
  // The rule of an operation when no amount is named: `operation` is one of the `fees.operationName.*`.
  'fees.operationName.crossBorderTransfer': 'Sending money abroad',
  'fees.operationName.domesticTransfer': 'Sending money within mainland China',
  'fees.operationName.cardTopUp': 'Topping up by card',
  'fees.operationName.bankTransferTopUp': 'Topping up by bank transfer',
  'fees.operationName.withdrawal': 'Withdrawing to a bank account',
  'fees.ruleLine': '• {operation}: {rule}',

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
  'signIn.identity': 'For your safety I can’t look up an account from a name, an email address or a phone number given in chat. Please sign in, and I can answer from your own account.',
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

  // Answers from the signed-in customer's own account. `what` is a transaction as `account.transaction`
  // or `account.transactionWith` (with the merchant or person) describe it; `type`, `status` and `kind`
  // are wallet-core's values; `tier` and `target` are `tier.*` names; `lines` and `list` are bulleted or
  // numbered lines, one a line.
  'account.transaction': '{type, select, topup {top-up} payment {payment} transfer {transfer} refund {refund} adjustment {adjustment} other {{type}}} of {amount} on {when} ({reference})',
  'account.transactionWith': '{type, select, topup {top-up} payment {payment} transfer {transfer} refund {refund} adjustment {adjustment} other {{type}}} of {amount} to {who} on {when} ({reference})',
  'account.whichOne': 'More than one fits. Which one do you mean? Reply with its number:\n{list}',
  'account.noSuchTransaction': "I couldn't find that one among your recent transactions. Could you tell me its amount or reference (TX-…)?",
  'account.noFailedPayments': 'I checked your account: none of your recent payments failed.',
  'account.notFailed': 'The {what} is {status, select, succeeded {succeeded} pending {pending} failed {failed} other {{status}}}; it did not fail.',
  // `why` and `whatToDo` are the `failure.*` messages; `balance` and `limit` are sentences, or empty.
  'account.failed': 'The {what} failed because {why}. {balance} {limit} {whatToDo}',
  'account.failedUnknown': 'The {what} failed because of an unknown reason.',
  'account.balanceTooLow': 'Your balance now is {balance}, lower than the {needed} it needed.',
  'account.tierLimit':
    'At the {tier} tier a single {kind, select, card_top_up {card top-up} payment {payment} transfer {transfer} other {{kind}}} is limited to {single}, and {daily} a day.',
  'account.feeCharged': 'The fee on the {what} was {fee}.',
  'account.feeChargedWithRule': 'The fee on the {what} was {fee}; the rule is {rule}.',
  'account.topUpsArrived': 'All your recent top-ups have arrived.',
  'account.topUps': 'Your top-ups:\n{lines}',
  'account.topUpFailed': '• {what}: failed because {why}. {whatToDo}',
  'account.topUpFailedUnknown': '• {what}: failed because of an unknown reason.',
  'account.topUpPending': "• {what}: pending, expected in your wallet by {by}; it is credited automatically, so please don't pay twice.",
  'account.topUpLate':
    '• {what}: still pending after the usual {hours, plural, one {# hour} other {# hours}}; reply "agent" and a person will check it with the bank.',
  'account.stillPending': 'The {what} is still in progress.',
  'account.crossBorderArrival': "A transfer abroad usually arrives within {days, plural, one {# business day} other {# business days}}; weekends and public holidays don't count.",
  'account.noLongerPending': 'The {what} has {status, select, succeeded {gone through} failed {failed} other {{status}}}; it is no longer in progress.',
  'account.noPending': 'You have no transactions in progress right now.',
  'account.pendingList': 'These transactions are still in progress:\n{lines}',
  'account.refundLine': '• refund of {amount}: {status, select, requested {being reviewed} approved {approved, on its way} rejected {rejected} completed {completed} other {{status}}}',
  'account.refundLineExpected': '• refund of {amount}: {status, select, requested {being reviewed} approved {approved, on its way} rejected {rejected} completed {completed} other {{status}}}, expected by {by}',
  'account.noSuchPayment': "I couldn't find that payment among your recent ones. Could you tell me its amount or reference (TX-…)?",
  'account.refundAlreadyRequested': "You've already asked for a refund of the {what}:\n{refund}",
  'account.nothingToRefund': "The {what} didn't go through, so no money was taken from your wallet and there is nothing to refund.",
  'account.refundProposal': 'I can ask for a refund of the {what}. Reply "1" or "yes" to confirm, or "no" to leave it.',
  'account.refunds': 'Your refunds:\n{lines}',
  'account.refundable': 'To ask for a refund of a payment, reply with its number:\n{list}',
  'account.noRefunds': 'You have no recent payments to refund and no refunds in progress.',
  'account.cancelledTopUp': 'The {what} is cancelled; nothing was taken.',
  'account.cancelledMoneyBack': 'The {what} is cancelled: {back}, the {fee} fee included, went back to your balance.',
  'account.notCancellable': "The {what} has already {status, select, succeeded {gone through} other {failed}}, so it can't be cancelled.",
  'account.notCancellableRefundable':
    "The {what} has already {status, select, succeeded {gone through} other {failed}}, so it can't be cancelled. You can ask for a refund instead: just say \"refund\".",
  'account.nothingToCancel': 'You have no pending transaction to cancel; a completed payment can be refunded instead.',
  'account.cancellable': 'These can still be cancelled; reply with the number to cancel one:\n{list}',
  'limits.quote.heading': 'Limits by verification tier:',
  'limits.quote.both': '• {tier}, {kind, select, card_top_up {card top-ups} payment {payments} transfer {transfers} other {{kind}}}: {single} each, {daily} a day',
  'limits.quote.single': '• {tier}, {kind, select, card_top_up {card top-ups} payment {payments} transfer {transfers} other {{kind}}}: {single} each',
  'limits.quote.daily': '• {tier}, {kind, select, card_top_up {card top-ups} payment {payments} transfer {transfers} other {{kind}}}: {daily} a day',
  'account.limits': 'Your account is at the {tier} tier. Your limits:\n{lines}',
  'account.limitLine':
    '• {kind, select, card_top_up {card top-ups} payment {payments} transfer {transfers} other {{kind}}}: {single} each, {daily} a day, {left} left today',
  'account.limitsRaise': 'Verifying to the {tier} tier raises a single payment to {single}.',
  'account.verificationNone': 'Your verification tier is {tier}, and you have not submitted a verification request yet.',
  'account.verificationRequest':
    'Your verification tier is {tier}. Your request for the {target} tier, submitted {submitted}, is ' +
    '{status, select, pending {being reviewed} approved {approved} rejected {rejected ({reason}); you can correct it and submit again} other {{status}}}.',
  'account.noReasonGiven': 'no reason given',
  'account.balance': 'Your balance: {balances}.',
  'account.balancesSeparator': ', ',
  'account.recentTransactions': 'Recent transactions:\n{lines}',
  'account.recentLine': '• {what}: {status, select, succeeded {succeeded} pending {pending} failed {failed} other {{status}}}',
  'account.twoFactorOn': 'Two-factor authentication is on for your account.',
  'account.twoFactorOff': 'Two-factor authentication is off for your account; we recommend turning it on under Me → Security.',

  // The conversation itself: declining, asking which topic, a phone number, the article's address.
  'dialog.declined': "OK, I haven't changed anything. Is there anything else I can help with?",
  'dialog.clarify': 'Just to be sure, which of these is it? Reply with its number:\n{list}',
  'dialog.callbackAsk': 'Sure, we can call you back. Please reply with your phone number (for example +86 138 0013 8000).',
  'dialog.complaintApology': "I'm sorry about your experience.",
  'dialog.moreHelp': 'More: /help/en/{articleId}',
  // The buttons under a proposal ("shall I refund it?"): what they say, and what they send.
  'dialog.proposal.yes.label': 'Yes',
  'dialog.proposal.yes.text': 'yes',
  'dialog.proposal.no.label': 'No',
  'dialog.proposal.no.text': 'no',

  // What an action the customer confirmed did. `label` is the transaction as the list named it; `reason` wallet-core's or routing's message.
  'actions.refundRequested': "Done: I've requested a refund of {amount} ({label}). Expect it by {by}.",
  'actions.cancelled': 'Cancelled: {label}.',
  'actions.cancelledMoneyBack': 'Cancelled: {label}. {back} is back in your balance.',
  'actions.cancelledMoneyBackWithFee': 'Cancelled: {label}. {back}, the {fee} fee included, is back in your balance.',
  'actions.failed': "Sorry, I couldn't do that: {reason}",
  'actions.callbackBooked': "Callback booked: we'll call {phone} around {when}.",
  'actions.callbackFailed': "Sorry, I couldn't book the callback: {reason}",

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
