import type { AgentRole, Locale } from '@okpay/contracts';
import { browserLocale } from '../browser-locale';

export type AdminPageName = 'calendars' | 'queues' | 'agents' | 'replies' | 'sla' | 'articles' | 'audit';
type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
type Priority = 'low' | 'normal' | 'high' | 'urgent';

/** The admin console's words, in the inbox's two languages. */
export interface AdminMessages {
  readonly locale: Locale;
  readonly title: string;
  readonly backToInbox: string;
  readonly pages: Readonly<Record<AdminPageName, string>>;
  readonly loading: string;
  readonly saved: string;
  readonly failed: (detail: string) => string;
  readonly save: string;
  readonly edit: string;
  readonly remove: string;
  readonly cancel: string;
  readonly add: string;
  readonly name: string;
  readonly language: string;
  readonly languages: Readonly<Record<Locale, string>>;
  // Calendars
  readonly calendar: string;
  readonly timeZone: string;
  readonly weekdays: Readonly<Record<Weekday, string>>;
  readonly hoursHint: string;
  readonly closed: string;
  readonly holidays: string;
  readonly holidayDate: string;
  readonly holidayHours: string;
  readonly holidayHint: string;
  readonly addHoliday: string;
  readonly otherOverrides: (count: number) => string;
  readonly preview: string;
  readonly nextOpenings: string;
  readonly noOpenings: string;
  readonly badHours: (day: string) => string;
  // Queues
  readonly queueNames: Readonly<Record<string, string>>;
  readonly keepsHoursBy: string;
  // Agents
  readonly email: string;
  readonly role: string;
  readonly roles: Readonly<Record<AgentRole, string>>;
  readonly status: string;
  readonly active: string;
  readonly deactivated: string;
  readonly deactivate: string;
  readonly confirmDeactivate: (name: string) => string;
  readonly invite: string;
  readonly password: string;
  readonly routing: string;
  readonly chatCapacity: string;
  readonly ticketCapacity: string;
  readonly topics: string;
  readonly topicsHint: string;
  // Replies
  readonly cannedResponses: string;
  readonly body: string;
  readonly newCannedResponse: string;
  readonly macros: string;
  readonly newMacro: string;
  readonly setStatus: string;
  readonly setPriority: string;
  readonly addTags: string;
  readonly replyWith: string;
  readonly unchanged: string;
  readonly confirmRemove: (name: string) => string;
  // SLA
  readonly priority: string;
  readonly priorities: Readonly<Record<Priority, string>>;
  readonly firstResponseMinutes: string;
  readonly resolutionMinutes: string;
  readonly slaNote: string;
  // Articles
  readonly articlesNote: string;
  readonly intent: string;
  readonly examples: (count: number) => string;
  readonly source: string;
  // Audit
  readonly when: string;
  readonly who: string;
  readonly what: string;
  readonly subject: string;
}

const EN: AdminMessages = {
  locale: 'en',
  title: 'Administration',
  backToInbox: 'Back to the inbox',
  pages: { calendars: 'Hours & calendars', queues: 'Queues', agents: 'Agents', replies: 'Canned responses & macros', sla: 'SLA targets', articles: 'Knowledge base', audit: 'Change log' },
  loading: 'Loading…',
  saved: 'Saved.',
  failed: (detail) => `Not saved: ${detail}`,
  save: 'Save',
  edit: 'Edit',
  remove: 'Delete',
  cancel: 'Cancel',
  add: 'Add',
  name: 'Name',
  language: 'Language',
  languages: { 'zh-CN': 'Chinese', en: 'English' },
  calendar: 'Calendar',
  timeZone: 'Time zone',
  weekdays: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
  hoursHint: 'e.g. 09:00-18:00, several separated by commas; empty means closed',
  closed: 'closed',
  holidays: 'Holidays and special days',
  holidayDate: 'Date',
  holidayHours: 'Hours that day',
  holidayHint: 'empty: closed all day',
  addHoliday: 'Add a day',
  otherOverrides: (count) => `${count} other rule(s) (date ranges, yearly, weekly) are kept as they are.`,
  preview: 'Preview the next openings',
  nextOpenings: 'Next openings',
  noOpenings: 'Closed for the next two weeks.',
  badHours: (day) => `${day}: write hours as HH:MM-HH:MM.`,
  queueNames: { chat: 'Live chat', callback: 'Phone callbacks', tickets: 'Tickets' },
  keepsHoursBy: 'Keeps hours by',
  email: 'Email',
  role: 'Role',
  roles: { admin: 'Admin', supervisor: 'Supervisor', agent: 'Agent' },
  status: 'Status',
  active: 'Active',
  deactivated: 'Deactivated',
  deactivate: 'Deactivate',
  confirmDeactivate: (name) => `Deactivate ${name}? They are signed out at once and their chats go back to the queue.`,
  invite: 'Invite an agent',
  password: 'First password (at least 12 characters)',
  routing: 'Routing',
  chatCapacity: 'Chats at once',
  ticketCapacity: 'Open tickets',
  topics: 'Topics',
  topicsHint: 'comma-separated; empty means every topic',
  cannedResponses: 'Canned responses',
  body: 'Text',
  newCannedResponse: 'New canned response',
  macros: 'Macros',
  newMacro: 'New macro',
  setStatus: 'Set status',
  setPriority: 'Set priority',
  addTags: 'Add tags (comma-separated)',
  replyWith: 'Reply with (canned response name)',
  unchanged: 'unchanged',
  confirmRemove: (name) => `Delete “${name}”?`,
  priority: 'Priority',
  priorities: { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' },
  firstResponseMinutes: 'First response (business minutes)',
  resolutionMinutes: 'Resolution (business minutes)',
  slaNote: 'Tickets whose due times are worked out after a change (new tickets, a new priority) use the new targets.',
  articlesNote: 'Articles are edited in git (knowledge-base/<locale>/<article>.md); this is how customers see them.',
  intent: 'Intent',
  examples: (count) => `${count} training examples`,
  source: 'Source file',
  when: 'When',
  who: 'Who',
  what: 'What',
  subject: 'Subject',
};

const ZH: AdminMessages = {
  locale: 'zh-CN',
  title: '管理控制台',
  backToInbox: '返回收件箱',
  pages: { calendars: '营业时间与日历', queues: '队列', agents: '客服人员', replies: '快捷回复与宏', sla: 'SLA 目标', articles: '知识库', audit: '变更记录' },
  loading: '加载中…',
  saved: '已保存。',
  failed: (detail) => `未保存：${detail}`,
  save: '保存',
  edit: '编辑',
  remove: '删除',
  cancel: '取消',
  add: '添加',
  name: '名称',
  language: '语言',
  languages: { 'zh-CN': '中文', en: '英文' },
  calendar: '日历',
  timeZone: '时区',
  weekdays: { mon: '星期一', tue: '星期二', wed: '星期三', thu: '星期四', fri: '星期五', sat: '星期六', sun: '星期日' },
  hoursHint: '例如 09:00-18:00，多个时段用逗号分隔；留空表示休息',
  closed: '休息',
  holidays: '节假日与特殊日期',
  holidayDate: '日期',
  holidayHours: '当天营业时间',
  holidayHint: '留空：全天休息',
  addHoliday: '添加日期',
  otherOverrides: (count) => `另有 ${count} 条规则（日期范围、每年、每周）保持不变。`,
  preview: '预览接下来的营业时段',
  nextOpenings: '接下来的营业时段',
  noOpenings: '未来两周均不营业。',
  badHours: (day) => `${day}：请按 HH:MM-HH:MM 填写时段。`,
  queueNames: { chat: '在线客服', callback: '电话回拨', tickets: '工单' },
  keepsHoursBy: '使用的日历',
  email: '邮箱',
  role: '角色',
  roles: { admin: '管理员', supervisor: '主管', agent: '客服' },
  status: '状态',
  active: '在职',
  deactivated: '已停用',
  deactivate: '停用',
  confirmDeactivate: (name) => `确定停用 ${name}？其登录将立即失效，进行中的会话将回到队列。`,
  invite: '邀请客服人员',
  password: '初始密码（至少 12 个字符）',
  routing: '分配规则',
  chatCapacity: '同时会话数',
  ticketCapacity: '未结工单数',
  topics: '主题',
  topicsHint: '用逗号分隔；留空表示全部主题',
  cannedResponses: '快捷回复',
  body: '内容',
  newCannedResponse: '新建快捷回复',
  macros: '宏',
  newMacro: '新建宏',
  setStatus: '设置状态',
  setPriority: '设置优先级',
  addTags: '添加标签（逗号分隔）',
  replyWith: '回复使用（快捷回复名称）',
  unchanged: '不变',
  confirmRemove: (name) => `确定删除“${name}”？`,
  priority: '优先级',
  priorities: { low: '低', normal: '普通', high: '高', urgent: '紧急' },
  firstResponseMinutes: '首次响应（工作分钟）',
  resolutionMinutes: '解决（工作分钟）',
  slaNote: '修改后计算截止时间的工单（新工单、优先级变更）使用新目标。',
  articlesNote: '文章在 git 中编辑（knowledge-base/<语言>/<文章>.md）；此处显示客户看到的样子。',
  intent: '意图',
  examples: (count) => `${count} 条训练样例`,
  source: '源文件',
  when: '时间',
  who: '操作人',
  what: '操作',
  subject: '对象',
};

export function adminMessages(language?: string): AdminMessages {
  return browserLocale(language) === 'zh-CN' ? ZH : EN;
}
