import type { Locale, MoneyView, WidgetOpenItem } from '@okpay/contracts';

type OpenItem = Exclude<WidgetOpenItem, 'none'>;

/** A suggested first question: the chip's label and what tapping it asks the bot. */
export interface SuggestedTopic {
  label: string;
  question: string;
}

/** Every customer-facing string of the widget, in both locales. */
export interface WidgetStrings {
  openChat: string;
  closeChat: string;
  unread: (count: number) => string;
  title: string;
  subtitle: string;
  openNow: string;
  openUntil: (when: string) => string;
  closedUntil: (when: string) => string;
  /** The office's time zone, named once after a time given in the visitor's own zone. */
  officeZone: (zone: string) => string;
  greeting: string;
  topics: string;
  topicList: SuggestedTopic[];
  readArticle: string;
  csatSubmit: string;
  closedNoOpening: string;
  log: string;
  you: string;
  agent: string;
  bot: string;
  system: string;
  placeholder: string;
  messageLabel: string;
  send: string;
  sending: string;
  notSent: string;
  retry: string;
  askPerson: string;
  /** What the "talk to a person" button says in the chat. */
  askPersonText: string;
  queued: (position: number) => string;
  estimatedWait: (minutes: number) => string;
  typing: (name: string) => string;
  someone: string;
  connecting: string;
  offline: string;
  leaveMessageTitle: string;
  leaveMessageIntro: (reason: string) => string;
  reasonClosed: string;
  reasonBusy: string;
  nextOpening: (when: string) => string;
  name: string;
  phone: string;
  yourMessage: string;
  submit: string;
  cancel: string;
  /** A call back booked: when, in the visitor's own zone, and the office's zone named once. */
  leftMessage: (when: string, officeZone: string | null) => string;
  failed: string;
  attach: string;
  attachment: string;
  fileTooLarge: string;
  fileType: string;
  csatTitle: string;
  csatScore: (score: number) => string;
  csatComment: string;
  csatThanks: string;
  chatClosed: string;
  quickReplies: string;
  newConversation: string;
  email: string;
  ticketCreated: (reference: string) => string;
  callbackOffer: string;
  requestCallback: string;
  read: string;
  uploading: string;
  noThanks: string;
  /** The one line about a signed-in customer's open matter, and the question a tap on it asks. */
  openItem: Record<OpenItem, { line: (amount: string) => string; question: string }>;
  showMore: string;
  showLess: string;
  emailTranscript: string;
  transcriptAddress: string;
  transcriptSent: (address: string) => string;
}

const zh: WidgetStrings = {
  openChat: '打开 OKPay 在线客服',
  closeChat: '关闭聊天窗口',
  unread: (n) => `${n} 条未读消息`,
  title: 'OKPay 客服',
  subtitle: '有问题随时问我们',
  openNow: '人工客服服务时间内',
  openUntil: (when) => `人工客服在线，服务到${when}（您的当地时间）`,
  closedUntil: (when) => `人工客服已下班，${when}（您的当地时间）上线`,
  officeZone: (zone) => `· 客服中心时区：${zone}`,
  greeting: '您好！我是 OKPay 智能助手。请直接输入您的问题，或点选下面的常见问题。',
  topics: '常见问题',
  topicList: [
    { label: '收费标准', question: 'OKPay 怎么收费？' },
    { label: '充值没到账', question: '我的充值还没到账' },
    { label: '付款失败', question: '我的付款为什么失败了？' },
    { label: '申请退款', question: '怎么申请退款？' },
    { label: '交易限额', question: '我的交易限额是多少？' },
    { label: '跨境转账', question: '怎么向境外转账？' },
  ],
  readArticle: '在帮助中心阅读全文',
  csatSubmit: '提交评分',
  closedNoOpening: '人工客服暂不在线',
  log: '聊天记录',
  you: '我',
  agent: '客服',
  bot: '智能助手',
  system: '系统消息',
  placeholder: '输入您的问题…',
  messageLabel: '消息',
  send: '发送',
  sending: '发送中…',
  notSent: '未发送',
  retry: '重试',
  askPerson: '转人工客服',
  askPersonText: '我想和人工客服聊聊。',
  queued: (p) => `正在为您转接人工客服，您前面还有 ${Math.max(p - 1, 0)} 位`,
  estimatedWait: (m) => `预计等待约 ${m} 分钟`,
  typing: (name) => `${name}正在输入…`,
  someone: '客服',
  connecting: '正在连接…',
  offline: '连接已断开，正在重新连接…',
  leaveMessageTitle: '留言',
  leaveMessageIntro: (reason) => `${reason}请留下您的联系方式和问题，我们会尽快回复您。`,
  reasonClosed: '现在不是人工客服工作时间。',
  reasonBusy: '人工客服暂时都在忙。',
  nextOpening: (when) => `下次上线时间：${when}`,
  name: '姓名',
  phone: '手机号码',
  yourMessage: '您的问题',
  submit: '提交留言',
  cancel: '取消',
  leftMessage: (when, office) => `好的，我们会在您当地时间 ${when} 前后给您回电${office ? `（客服中心时区：${office}）` : ''}。`,
  failed: '出错了，请稍后再试。',
  attach: '上传文件',
  attachment: '附件',
  fileTooLarge: '文件不能超过 10 MB。',
  fileType: '仅支持图片和 PDF 文件。',
  csatTitle: '请为本次服务评分',
  csatScore: (s) => `${s} 分`,
  csatComment: '还有什么想告诉我们的吗？（可选）',
  csatThanks: '感谢您的评价！',
  chatClosed: '本次会话已结束。',
  quickReplies: '推荐问题',
  newConversation: '开始新的会话',
  email: '电子邮箱（可选）',
  ticketCreated: (ref) => `已收到您的留言，工单号 ${ref}。我们会尽快回复您。`,
  callbackOffer: '需要我们给您回电吗？留下手机号码即可。',
  requestCallback: '请回电给我',
  read: '已读',
  uploading: '正在上传…',
  noThanks: '不用了',
  openItem: {
    failed_payment: { line: (a) => `您今天有一笔 ${a} 的付款失败了，点此查看原因。`, question: '我的付款为什么失败了？' },
    pending_refund: { line: (a) => `您有一笔 ${a} 的退款正在处理中，点此查看进度。`, question: '我的退款到哪了？' },
    pending_transfer: { line: (a) => `您有一笔 ${a} 的转账仍在处理中，点此查看详情。`, question: '我的转账还在处理中' },
    pending_topup: { line: (a) => `您有一笔 ${a} 的充值尚未到账，点此查看详情。`, question: '我的充值还没到账' },
  },
  showMore: '展开',
  showLess: '收起',
  emailTranscript: '把聊天记录发到邮箱',
  transcriptAddress: '您的电子邮箱',
  transcriptSent: (address) => `聊天记录将发送到 ${address}。`,
};

const en: WidgetStrings = {
  openChat: 'Open OKPay support chat',
  closeChat: 'Close chat',
  unread: (n) => `${n} unread ${n === 1 ? 'message' : 'messages'}`,
  title: 'OKPay Support',
  subtitle: 'Ask us anything',
  openNow: 'We are open now',
  openUntil: (when) => `Agents are here until ${when} your time`,
  closedUntil: (when) => `Agents are away until ${when} your time`,
  officeZone: (zone) => `· office hours in ${zone}`,
  greeting: 'Hello! I am the OKPay assistant. Type your question, or pick a common one below.',
  topics: 'Common questions',
  topicList: [
    { label: 'Fees', question: 'What does OKPay charge?' },
    { label: 'Top-up not arrived', question: 'My top-up has not arrived' },
    { label: 'Payment failed', question: 'Why did my payment fail?' },
    { label: 'Refunds', question: 'How do I get a refund?' },
    { label: 'Limits', question: 'What are my transaction limits?' },
    { label: 'Send abroad', question: 'How do I send money abroad?' },
  ],
  readArticle: 'Read the full article in the help centre',
  csatSubmit: 'Send rating',
  closedNoOpening: 'Agents are away',
  log: 'Conversation',
  you: 'You',
  agent: 'Agent',
  bot: 'Assistant',
  system: 'Notice',
  placeholder: 'Type your question…',
  messageLabel: 'Message',
  send: 'Send',
  sending: 'Sending…',
  notSent: 'Not sent',
  retry: 'Retry',
  askPerson: 'Talk to a person',
  askPersonText: 'I would like to talk to a person.',
  queued: (p) => (p <= 1 ? 'You are next in line for an agent' : `You are number ${p} in line for an agent`),
  estimatedWait: (m) => `Estimated wait about ${m} min`,
  typing: (name) => `${name} is typing…`,
  someone: 'The agent',
  connecting: 'Connecting…',
  offline: 'Connection lost, reconnecting…',
  leaveMessageTitle: 'Leave a message',
  leaveMessageIntro: (reason) => `${reason} Leave your details and question and we will get back to you.`,
  reasonClosed: 'Our agents are outside business hours.',
  reasonBusy: 'All our agents are busy.',
  nextOpening: (when) => `We open again ${when}`,
  name: 'Name',
  phone: 'Phone number',
  yourMessage: 'Your question',
  submit: 'Send message',
  cancel: 'Cancel',
  leftMessage: (when, office) => `Thanks, we will call you around ${when} your time${office ? ` (our office keeps ${office})` : ''}.`,
  failed: 'Something went wrong, please try again.',
  attach: 'Attach a file',
  attachment: 'Attachment',
  fileTooLarge: 'Files can be at most 10 MB.',
  fileType: 'Only images and PDF files are accepted.',
  csatTitle: 'How did we do?',
  csatScore: (s) => `${s} out of 5`,
  csatComment: 'Anything else you want to tell us? (optional)',
  csatThanks: 'Thank you for your feedback!',
  chatClosed: 'This conversation has ended.',
  quickReplies: 'Suggested questions',
  newConversation: 'Start a new conversation',
  email: 'Email (optional)',
  ticketCreated: (ref) => `We got your message (ticket ${ref}) and will get back to you soon.`,
  callbackOffer: 'Would you like us to call you back? Leave your phone number.',
  requestCallback: 'Call me back',
  read: 'Read',
  uploading: 'Uploading…',
  noThanks: 'No thanks',
  openItem: {
    failed_payment: { line: (a) => `Your payment of ${a} failed today. Tap to see why.`, question: 'Why did my payment fail?' },
    pending_refund: { line: (a) => `Your refund of ${a} is on its way. Tap to see where it is.`, question: 'Where is my refund?' },
    pending_transfer: { line: (a) => `Your transfer of ${a} is still pending. Tap for details.`, question: 'My transfer is still pending' },
    pending_topup: { line: (a) => `Your top-up of ${a} has not arrived yet. Tap for details.`, question: 'My top-up has not arrived' },
  },
  showMore: 'Show more',
  showLess: 'Show less',
  emailTranscript: 'Email me this chat',
  transcriptAddress: 'Your email',
  transcriptSent: (address) => `We are sending this chat to ${address}.`,
};

const STRINGS: Record<Locale, WidgetStrings> = { 'zh-CN': zh, en };

export function stringsFor(locale: Locale): WidgetStrings {
  return STRINGS[locale];
}

/** A time in the visitor's own zone, without naming it ("周一 09:00" / "Mon 09:00"). */
export function formatLocalTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** A time in the visitor's own zone, in their language ("周一 09:00 GMT+8" / "Mon 09:00 GMT+8"). */
export function formatOpening(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(new Date(iso));
}

/** Minor units in the visitor's language ("¥1,500.00" / "CN¥1,500.00"): the currency says how many digits are minor. */
export function formatMoney(money: MoneyView, locale: Locale): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
  return format.format(money.amount / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}

/** A date and time in the visitor's own zone, without naming it ("1月4日周一 08:00" / "Mon, Jan 4, 08:00"). */
export function formatLocalDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}
