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
};

const REPORTS_MESSAGES: Record<Locale, ReportsMessages> = { en: EN, 'zh-CN': ZH_CN };

export function reportsMessages(language?: string): ReportsMessages {
  return REPORTS_MESSAGES[browserLocale(language)];
}
