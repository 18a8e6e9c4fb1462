import { browserLocale } from './browser-locale';
import type { Locale, ReportDayView } from '@okpay/contracts';

type Count = Exclude<keyof ReportDayView, 'date'>;

/** The reports page's words, in the inbox's two languages. */
export interface ReportsMessages {
  readonly reports: string;
  readonly title: string;
  readonly backToInbox: string;
  readonly from: string;
  readonly to: string;
  readonly show: string;
  readonly loading: string;
  readonly failed: string;
  readonly downloadTickets: string;
  readonly downloadConversations: string;
  readonly perDay: string;
  readonly day: string;
  readonly notMeasured: string;
  readonly counts: Readonly<Record<Count, string>>;
  readonly firstResponseMedian: string;
  readonly resolutionMedian: string;
  readonly businessTime: (duration: string) => string;
  readonly csatAverage: string;
  readonly slaFirstResponseMet: string;
  readonly slaResolutionMet: string;
  readonly botResolutionRate: string;
  readonly duration: (hours: number, minutes: number) => string;
  readonly timeZone: (zone: string) => string;
  /** The change against the period before, e.g. "+25 % vs 2027-01-06 – 2027-01-12". */
  readonly change: (percent: string, from: string, to: string) => string;
  readonly noChange: (from: string, to: string) => string;
  readonly filters: string;
  readonly any: string;
  readonly channel: string;
  readonly channels: Readonly<Record<'web' | 'chat' | 'email' | 'phone' | 'bot', string>>;
  readonly locale: string;
  readonly locales: Readonly<Record<Locale, string>>;
  readonly priority: string;
  readonly priorities: Readonly<Record<'low' | 'normal' | 'high' | 'urgent', string>>;
  readonly chart: string;
  readonly chartHint: string;
  readonly ticketsCreatedOn: (date: string) => string;
  readonly noTickets: string;
  readonly close: string;
  readonly heatmap: string;
  readonly weekdays: readonly string[];
  readonly hour: string;
  readonly agents: string;
  readonly agent: string;
  readonly handled: string;
  readonly csat: string;
  readonly slaMet: string;
  readonly noAgents: string;
  readonly unanswered: string;
  readonly unansweredCount: (count: number) => string;
  readonly intents: string;
  readonly intent: string;
  readonly botConversationsEnded: string;
  readonly resolvedByBot: string;
  readonly handedOff: string;
  readonly notUnderstood: string;
  readonly samples: string;
  readonly atRisk: string;
  readonly noneAtRisk: string;
  readonly dueAt: string;
  readonly subject: string;
  readonly number: string;
}

const EN: ReportsMessages = {
  reports: 'Reports',
  title: 'Reports',
  backToInbox: 'Back to the inbox',
  from: 'From',
  to: 'To',
  show: 'Show',
  loading: 'Loading…',
  failed: 'Could not load the report.',
  downloadTickets: 'Download tickets (CSV)',
  downloadConversations: 'Download conversations (CSV)',
  perDay: 'Per day',
  day: 'Day',
  notMeasured: '—',
  counts: {
    ticketsCreated: 'Tickets created',
    ticketsSolved: 'Tickets solved',
    conversationsStarted: 'Chats started',
    botConversations: 'Bot conversations',
    botResolved: 'Resolved by the bot',
    handoffs: 'Handed to a person',
    csatResponses: 'CSAT ratings',
    ticketsReopened: 'Tickets reopened',
    chatsAccepted: 'Chats accepted',
    botAbandoned: 'Left the bot unanswered',
    callbacksRequested: 'Callbacks requested',
    callbacksAnswered: 'Callbacks answered',
    callbacksMissed: 'Callbacks missed',
  },
  firstResponseMedian: 'First response (median)',
  resolutionMedian: 'Resolution (median)',
  businessTime: (duration) => `${duration} in business hours`,
  csatAverage: 'CSAT average (1–5)',
  slaFirstResponseMet: 'First responses within SLA',
  slaResolutionMet: 'Resolutions within SLA',
  botResolutionRate: 'Bot resolution rate',
  duration: (hours, minutes) => (hours > 0 ? `${hours} h ${minutes} min` : `${minutes} min`),
  timeZone: (zone) => `Days in ${zone}`,
  change: (percent, from, to) => `${percent} vs ${from} – ${to}`,
  noChange: (from, to) => `nothing to compare in ${from} – ${to}`,
  filters: 'Filters',
  any: 'All',
  channel: 'Channel',
  channels: { web: 'Web form', chat: 'Chat', email: 'Email', phone: 'Phone', bot: 'Bot' },
  locale: 'Language',
  locales: { en: 'English', 'zh-CN': 'Chinese' },
  priority: 'Priority',
  priorities: { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' },
  chart: 'Per day, charted',
  chartHint: 'Click a day’s bar to list the tickets created that day.',
  ticketsCreatedOn: (date) => `Tickets created on ${date}`,
  noTickets: 'No tickets.',
  close: 'Close',
  heatmap: 'Arrivals by weekday and hour',
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  hour: 'Hour',
  agents: 'Per agent',
  agent: 'Agent',
  handled: 'Handled',
  csat: 'CSAT',
  slaMet: 'SLA met',
  noAgents: 'No agent handled anything in these days.',
  unanswered: 'Questions the bot did not understand',
  unansweredCount: (count) => (count === 1 ? '1 question: what to write next in the knowledge base.' : `${count} questions: what to write next in the knowledge base.`),
  intents: 'Per bot intent',
  intent: 'Intent',
  botConversationsEnded: 'Conversations',
  resolvedByBot: 'Resolved by the bot',
  handedOff: 'Handed off',
  notUnderstood: 'Not understood',
  samples: 'Latest questions',
  atRisk: 'Tickets at risk now',
  noneAtRisk: 'No ticket is due within the hour.',
  dueAt: 'Due',
  subject: 'Subject',
  number: 'Ticket',
};

const ZH_CN: ReportsMessages = {
  reports: '报表',
  title: '报表',
  backToInbox: '返回收件箱',
  from: '开始日期',
  to: '结束日期',
  show: '查看',
  loading: '加载中…',
  failed: '报表加载失败。',
  downloadTickets: '下载工单（CSV）',
  downloadConversations: '下载会话（CSV）',
  perDay: '每日',
  day: '日期',
  notMeasured: '—',
  counts: {
    ticketsCreated: '新建工单',
    ticketsSolved: '已解决工单',
    conversationsStarted: '发起的会话',
    botConversations: '机器人会话',
    botResolved: '机器人解决',
    handoffs: '转人工',
    csatResponses: '满意度评价',
    ticketsReopened: '重新打开的工单',
    chatsAccepted: '接入的会话',
    botAbandoned: '未获解答即离开',
    callbacksRequested: '预约回电',
    callbacksAnswered: '回电已接通',
    callbacksMissed: '回电未接通',
  },
  firstResponseMedian: '首次响应（中位数）',
  resolutionMedian: '解决时长（中位数）',
  businessTime: (duration) => `工作时间 ${duration}`,
  csatAverage: '平均满意度（1–5）',
  slaFirstResponseMet: '首次响应达标率',
  slaResolutionMet: '解决达标率',
  botResolutionRate: '机器人解决率',
  duration: (hours, minutes) => (hours > 0 ? `${hours} 小时 ${minutes} 分钟` : `${minutes} 分钟`),
  timeZone: (zone) => `按 ${zone} 时区计日`,
  change: (percent, from, to) => `较 ${from} – ${to} ${percent}`,
  noChange: (from, to) => `${from} – ${to} 无可比数据`,
  filters: '筛选',
  any: '全部',
  channel: '渠道',
  channels: { web: '网页表单', chat: '在线会话', email: '邮件', phone: '电话', bot: '机器人' },
  locale: '语言',
  locales: { en: '英文', 'zh-CN': '中文' },
  priority: '优先级',
  priorities: { low: '低', normal: '普通', high: '高', urgent: '紧急' },
  chart: '每日图表',
  chartHint: '点击某日的柱形，列出当天新建的工单。',
  ticketsCreatedOn: (date) => `${date} 新建的工单`,
  noTickets: '没有工单。',
  close: '关闭',
  heatmap: '按星期和小时的来访量',
  weekdays: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  hour: '小时',
  agents: '按客服',
  agent: '客服',
  handled: '处理量',
  csat: '满意度',
  slaMet: 'SLA 达标',
  noAgents: '这段时间没有客服处理记录。',
  unanswered: '机器人未能理解的问题',
  unansweredCount: (count) => `共 ${count} 个问题：知识库接下来该写的内容。`,
  intents: '按机器人意图',
  intent: '意图',
  botConversationsEnded: '会话',
  resolvedByBot: '机器人解决',
  handedOff: '转人工',
  notUnderstood: '未理解',
  samples: '最近的问题',
  atRisk: '当前有风险的工单',
  noneAtRisk: '一小时内没有到期的工单。',
  dueAt: '到期时间',
  subject: '主题',
  number: '工单',
};

const REPORTS_MESSAGES: Record<Locale, ReportsMessages> = { en: EN, 'zh-CN': ZH_CN };

export function reportsMessages(language?: string): ReportsMessages {
  return REPORTS_MESSAGES[browserLocale(language)];
}
