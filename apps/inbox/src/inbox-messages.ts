import type { Locale } from '@okpay/contracts';
import { browserLocale } from './browser-locale';

type Words<Name extends string> = Readonly<Record<Name, string>>;

/**
 * The inbox shell's, the lists', the ticket's and the chat's words. Both languages implement
 * this interface, so a key missing from either fails the typecheck.
 */
export interface InboxMessages {
  readonly languageName: string;
  readonly language: string;
  readonly login: { readonly title: string; readonly email: string; readonly password: string; readonly signIn: string; readonly wrongPassword: string; readonly failed: string };
  readonly appName: string;
  readonly signOut: string;
  readonly presenceLabel: string;
  readonly presenceName: string;
  readonly presence: Words<'online' | 'away' | 'offline'>;
  readonly connection: { readonly live: string; readonly notTakingChats: string; readonly lost: string };
  readonly connectionLost: string;
  readonly reconnectNow: string;
  readonly dismiss: string;
  readonly newChat: string;
  readonly chatOffers: string;
  readonly offerLine: (time: string) => string;
  readonly acceptChat: string;
  readonly offerExpired: string;
  readonly showWaitingChats: string;
  readonly couldNotTakeChat: (reason: string) => string;
  readonly tryAgain: string;
  readonly workLists: string;
  readonly waitingChats: string;
  readonly myChats: string;
  readonly tickets: string;
  readonly callbacksDue: string;
  readonly takeWaitingChat: (since: string) => string;
  readonly waitingSince: (since: string) => string;
  readonly walletCustomer: string;
  readonly visitor: string;
  readonly customer: string;
  readonly attachmentLine: (fileName: string) => string;
  readonly chatStates: Readonly<Record<string, string>>;
  readonly ticketStatuses: Words<'new' | 'open' | 'pending' | 'on_hold' | 'solved' | 'closed'>;
  readonly priorities: Words<'low' | 'normal' | 'high' | 'urgent'>;
  readonly channels: Words<'web' | 'chat' | 'email' | 'phone' | 'bot'>;
  readonly conversation: string;
  readonly pickSomething: string;
  readonly noCustomer: string;
  readonly ticket: {
    readonly loading: string;
    readonly loadFailed: string;
    readonly changeFailed: string;
    readonly replyFailed: string;
    readonly status: string;
    readonly priority: string;
    readonly tags: string;
    readonly channel: (channel: string) => string;
    readonly slaClocks: string;
    readonly firstResponse: string;
    readonly resolution: string;
    readonly paused: string;
    readonly slaStates: Words<'met' | 'ok' | 'at_risk' | 'breached' | 'achieved'>;
    readonly dueIn: (span: string) => string;
    readonly overdue: (span: string) => string;
    readonly sendReply: string;
  };
  readonly duration: (hours: number, minutes: number) => string;
  readonly messages: string;
  readonly authors: Words<'customer' | 'agent' | 'bot' | 'system'>;
  readonly internalNote: string;
  readonly reply: string;
  readonly notePlaceholder: string;
  readonly replyPlaceholder: string;
  readonly addNote: string;
  readonly send: string;
  readonly chat: {
    readonly title: string;
    readonly transfer: string;
    readonly close: string;
    readonly fileTooBig: string;
    readonly fileFailed: string;
    readonly openFileFailed: string;
    readonly closeFailed: string;
    readonly transferFailed: string;
    readonly notSent: string;
    readonly sending: string;
    readonly waitingForConnection: string;
    readonly ended: string;
    readonly customerTyping: string;
    readonly attachFile: string;
    readonly attachment: (fileName: string, contentType: string, kilobytes: number) => string;
  };
  readonly list: {
    readonly view: string;
    readonly builtInViews: Words<'mine' | 'unassigned' | 'allOpen' | 'pending' | 'solved' | 'slaAtRisk' | 'slaBreached' | 'closed' | 'custom'>;
    readonly myViews: string;
    readonly filters: string;
    readonly anyStatus: string;
    readonly unresolved: string;
    readonly assignee: string;
    readonly anyone: string;
    readonly me: string;
    readonly unassigned: string;
    readonly group: string;
    readonly channel: string;
    readonly anyChannel: string;
    readonly tag: string;
    readonly sla: string;
    readonly anySla: string;
    readonly slaFilters: Words<'at_risk' | 'breached'>;
    readonly viewName: string;
    readonly saveView: string;
    readonly deleteView: (name: string) => string;
    readonly saveFailed: string;
    readonly nameTaken: string;
    readonly loadFailed: string;
    readonly selectTicket: (reference: string) => string;
    readonly selectAll: string;
    readonly selected: (count: number) => string;
    readonly setStatus: string;
    readonly assignTo: string;
    readonly addTag: string;
    readonly apply: string;
    readonly bulkFailed: string;
    readonly bulkClosed: string;
    readonly bulkForbidden: string;
    readonly bulkDone: (count: number) => string;
    readonly clearSelection: string;
    readonly ticketLine: (status: string, priority: string) => string;
    readonly more: string;
  };
  readonly history: {
    readonly title: string;
    readonly open: (when: string) => string;
    readonly loading: string;
    readonly loadFailed: string;
    readonly none: string;
  };
  readonly cannedResponse: string;
  readonly cannedFailed: string;
  readonly shortcutsHint: string;
  readonly macro: {
    readonly label: string;
    readonly placeholder: string;
    readonly preview: (name: string) => string;
    readonly setsStatus: (status: string) => string;
    readonly setsPriority: (priority: string) => string;
    readonly addsTags: (tags: string) => string;
    readonly replies: string;
    readonly apply: string;
    readonly cancel: string;
    readonly failed: string;
  };
  readonly cannedPlaceholder: string;
  readonly panel: {
    readonly loading: string;
    readonly loadFailed: string;
    readonly email: string;
    readonly phone: string;
    readonly kycTier: string;
    readonly language: string;
    readonly account: string;
    readonly frozen: (reason: string | null) => string;
    readonly balances: string;
    readonly recentTransactions: string;
    readonly openRefunds: string;
    readonly none: string;
    readonly card: (masked: string) => string;
    readonly refundLine: (amount: string, status: string, expectedBy: string) => string;
    readonly failureReasons: Readonly<Record<string, string>>;
    readonly kycTiers: Readonly<Record<string, string>>;
    readonly transactionTypes: Readonly<Record<string, string>>;
    readonly transactionStatuses: Readonly<Record<string, string>>;
  };
}

const EN: InboxMessages = {
  languageName: 'English',
  language: 'Language',
  login: { title: 'OKPay Support inbox', email: 'Email', password: 'Password', signIn: 'Sign in', wrongPassword: 'Wrong email or password.', failed: 'Could not sign in. Try again.' },
  appName: 'OKPay Support',
  signOut: 'Sign out',
  presenceLabel: 'Status',
  presenceName: 'Presence',
  presence: { online: 'Online', away: 'Away', offline: 'Offline' },
  connection: { live: 'Live', notTakingChats: 'Connected · not taking chats', lost: 'Connection lost' },
  connectionLost: 'The connection to the server is lost; reconnecting. Chat replies you send now wait and go out when it is back.',
  reconnectNow: 'Reconnect now',
  dismiss: 'Dismiss',
  newChat: 'New chat',
  chatOffers: 'Chat offers',
  offerLine: (time) => `New chat offered · answer by ${time}`,
  acceptChat: 'Accept chat',
  offerExpired: 'That chat offer expired and the chat went back to the queue.',
  showWaitingChats: 'Show waiting chats',
  couldNotTakeChat: (reason) => `Could not take the chat: ${reason}.`,
  tryAgain: 'Try again',
  workLists: 'Work lists',
  waitingChats: 'Waiting chats',
  myChats: 'My chats',
  tickets: 'Tickets',
  callbacksDue: 'Callbacks due',
  takeWaitingChat: (since) => `Take waiting chat from ${since}`,
  waitingSince: (since) => `waiting since ${since}`,
  walletCustomer: 'Wallet customer',
  visitor: 'Visitor',
  customer: 'Customer',
  attachmentLine: (fileName) => `📎 ${fileName}`,
  chatStates: { waiting: 'waiting', offered: 'offered', assigned: 'assigned', abandoned: 'abandoned', closed: 'closed', converted: 'became a ticket', open: 'open' },
  ticketStatuses: { new: 'new', open: 'open', pending: 'pending', on_hold: 'on hold', solved: 'solved', closed: 'closed' },
  priorities: { low: 'low', normal: 'normal', high: 'high', urgent: 'urgent' },
  channels: { web: 'web', chat: 'chat', email: 'email', phone: 'phone', bot: 'bot' },
  conversation: 'Conversation',
  pickSomething: 'Pick a chat or a ticket from the lists.',
  noCustomer: 'No wallet customer linked (visitor).',
  ticket: {
    loading: 'Loading…',
    loadFailed: 'Could not load the ticket.',
    changeFailed: 'Could not change the ticket.',
    replyFailed: 'Could not send the reply. Your text is still in the box.',
    status: 'Status',
    priority: 'Priority',
    tags: 'Tags',
    channel: (channel) => `Channel: ${channel}`,
    slaClocks: 'SLA clocks',
    firstResponse: 'First response',
    resolution: 'Resolution',
    paused: 'paused',
    slaStates: { met: 'met', ok: 'on time', at_risk: 'at risk', breached: 'breached', achieved: 'met' },
    dueIn: (span) => `in ${span}`,
    overdue: (span) => `${span} overdue`,
    sendReply: 'Send reply',
  },
  duration: (hours, minutes) => (hours > 0 ? `${hours}h ${String(minutes).padStart(2, '0')}m` : `${minutes}m`),
  messages: 'Messages',
  authors: { customer: 'Customer', agent: 'Agent', bot: 'Bot', system: 'System' },
  internalNote: 'Internal note',
  reply: 'Reply',
  notePlaceholder: 'Note for agents only…',
  replyPlaceholder: 'Reply to the customer…',
  addNote: 'Add note',
  send: 'Send',
  chat: {
    title: 'Live chat',
    transfer: 'Transfer',
    close: 'Close chat',
    fileTooBig: 'Files can be at most 10 MB.',
    fileFailed: 'Could not send the file (images and PDF only).',
    openFileFailed: 'Could not open the file.',
    closeFailed: 'Could not close the chat.',
    transferFailed: 'Could not transfer the chat.',
    notSent: 'Not sent · retry',
    sending: 'sending…',
    waitingForConnection: 'waiting for the connection…',
    ended: 'This conversation has ended.',
    customerTyping: 'Customer is typing…',
    attachFile: 'Attach file',
    attachment: (fileName, contentType, kilobytes) => `Attachment: ${fileName} (${contentType}, ${kilobytes} KB)`,
  },
  list: {
    view: 'Ticket view',
    builtInViews: { mine: 'My tickets', unassigned: 'Unassigned', allOpen: 'All open', pending: 'Pending', solved: 'Solved', slaAtRisk: 'SLA at risk', slaBreached: 'SLA breached', closed: 'Closed', custom: 'Custom filters' },
    myViews: 'My views',
    filters: 'Filters',
    anyStatus: 'Any status',
    unresolved: 'Not solved yet',
    assignee: 'Assignee',
    anyone: 'Anyone',
    me: 'Me',
    unassigned: 'Unassigned',
    group: 'Group',
    channel: 'Channel',
    anyChannel: 'Any channel',
    tag: 'Tag',
    sla: 'SLA',
    anySla: 'Any',
    slaFilters: { at_risk: 'at risk (due within the hour)', breached: 'breached' },
    viewName: 'Name of the view',
    saveView: 'Save as my view',
    deleteView: (name) => `Delete view ${name}`,
    saveFailed: 'Could not save the view.',
    nameTaken: 'You already have a view with this name.',
    loadFailed: 'Could not load the tickets. Retrying shortly.',
    selectTicket: (reference) => `Select ${reference}`,
    selectAll: 'Select all',
    selected: (count) => `${count} selected`,
    setStatus: 'Set status',
    assignTo: 'Assign to',
    addTag: 'Add tag',
    apply: 'Apply',
    bulkFailed: 'Nothing changed: the change could not be applied. Try again.',
    bulkClosed: 'Nothing changed: a closed ticket cannot change. Unselect it and try again.',
    bulkForbidden: 'Nothing changed: only supervisors and admins assign tickets to others.',
    bulkDone: (count) => `${count} tickets changed.`,
    clearSelection: 'Clear selection',
    ticketLine: (status, priority) => `${status} · ${priority}`,
    more: 'More',
  },
  history: {
    title: 'Chat history',
    open: (when) => `Open chat history from ${when}`,
    loading: 'Loading the chat…',
    loadFailed: 'Could not load the chat.',
    none: 'No messages.',
  },
  cannedResponse: 'Canned response',
  cannedFailed: 'Could not insert the canned response. Try again.',
  shortcutsHint: 'Type / for canned responses · Ctrl+Enter sends · Alt+N internal note · Alt+K search · Alt+R reply box',
  macro: {
    label: 'Macro',
    placeholder: 'Macro…',
    preview: (name) => `Macro "${name}" will:`,
    setsStatus: (status) => `set the status to ${status}`,
    setsPriority: (priority) => `set the priority to ${priority}`,
    addsTags: (tags) => `add the tags ${tags}`,
    replies: 'reply to the customer:',
    apply: 'Apply macro',
    cancel: 'Cancel',
    failed: 'Could not apply the macro. Nothing was sent.',
  },
  cannedPlaceholder: 'Canned response…',
  panel: {
    loading: 'Loading customer…',
    loadFailed: 'Could not load the customer.',
    email: 'Email',
    phone: 'Phone',
    kycTier: 'KYC tier',
    language: 'Language',
    account: 'Account',
    frozen: (reason) => (reason ? `Frozen: ${reason}` : 'Frozen'),
    balances: 'Balances',
    recentTransactions: 'Recent transactions',
    openRefunds: 'Open refunds',
    none: 'None',
    card: (masked) => `Card ${masked}`,
    refundLine: (amount, status, expectedBy) => `${amount} · ${status} · expected by ${expectedBy}`,
    failureReasons: {
      insufficient_funds: 'Insufficient funds',
      limit_exceeded: 'Limit exceeded',
      risk_review: 'Held for risk review',
      merchant_unavailable: 'Merchant unavailable',
      card_declined: 'Card declined',
    },
    kycTiers: { unverified: 'unverified', basic: 'basic', full: 'full' },
    transactionTypes: { topup: 'top-up', payment: 'payment', transfer: 'transfer', refund: 'refund', adjustment: 'adjustment' },
    transactionStatuses: { pending: 'pending', succeeded: 'succeeded', failed: 'failed' },
  },
};

const ZH_CN: InboxMessages = {
  languageName: '中文',
  language: '语言',
  login: { title: 'OKPay 客服工作台', email: '邮箱', password: '密码', signIn: '登录', wrongPassword: '邮箱或密码错误。', failed: '无法登录，请重试。' },
  appName: 'OKPay 客服',
  signOut: '退出登录',
  presenceLabel: '状态',
  presenceName: '在线状态',
  presence: { online: '在线', away: '离开', offline: '离线' },
  connection: { live: '实时', notTakingChats: '已连接 · 不接会话', lost: '连接已断开' },
  connectionLost: '与服务器的连接已断开，正在重连。现在发送的会话回复会等待，连接恢复后自动发出。',
  reconnectNow: '立即重连',
  dismiss: '关闭',
  newChat: '新会话',
  chatOffers: '会话分配',
  offerLine: (time) => `有新会话分配给您 · 请在 ${time} 前接入`,
  acceptChat: '接入会话',
  offerExpired: '该会话分配已过期，会话已回到队列。',
  showWaitingChats: '查看等待中的会话',
  couldNotTakeChat: (reason) => `无法接入会话：${reason}。`,
  tryAgain: '重试',
  workLists: '工作列表',
  waitingChats: '等待中的会话',
  myChats: '我的会话',
  tickets: '工单',
  callbacksDue: '待回电',
  takeWaitingChat: (since) => `接入自 ${since} 起等待的会话`,
  waitingSince: (since) => `自 ${since} 起等待`,
  walletCustomer: '钱包用户',
  visitor: '访客',
  customer: '客户',
  attachmentLine: (fileName) => `📎 ${fileName}`,
  chatStates: { waiting: '等待中', offered: '已分配', assigned: '处理中', abandoned: '已放弃', closed: '已关闭', converted: '已转为工单', open: '进行中' },
  ticketStatuses: { new: '新建', open: '处理中', pending: '待回复', on_hold: '挂起', solved: '已解决', closed: '已关闭' },
  priorities: { low: '低', normal: '普通', high: '高', urgent: '紧急' },
  channels: { web: '网页', chat: '在线会话', email: '邮件', phone: '电话', bot: '机器人' },
  conversation: '会话',
  pickSomething: '从左侧列表中选择一个会话或工单。',
  noCustomer: '未关联钱包用户（访客）。',
  ticket: {
    loading: '正在加载…',
    loadFailed: '无法加载工单。',
    changeFailed: '无法修改工单。',
    replyFailed: '回复发送失败，内容仍保留在输入框中。',
    status: '状态',
    priority: '优先级',
    tags: '标签',
    channel: (channel) => `渠道：${channel}`,
    slaClocks: 'SLA 计时',
    firstResponse: '首次响应',
    resolution: '解决',
    paused: '已暂停',
    slaStates: { met: '已达成', ok: '正常', at_risk: '有风险', breached: '已超时', achieved: '已达成' },
    dueIn: (span) => `剩余 ${span}`,
    overdue: (span) => `已超时 ${span}`,
    sendReply: '发送回复',
  },
  duration: (hours, minutes) => (hours > 0 ? `${hours} 小时 ${minutes} 分钟` : `${minutes} 分钟`),
  messages: '消息',
  authors: { customer: '客户', agent: '客服', bot: '机器人', system: '系统' },
  internalNote: '内部备注',
  reply: '回复',
  notePlaceholder: '仅客服可见的备注…',
  replyPlaceholder: '回复客户…',
  addNote: '添加备注',
  send: '发送',
  chat: {
    title: '在线会话',
    transfer: '转接',
    close: '结束会话',
    fileTooBig: '文件不能超过 10 MB。',
    fileFailed: '文件发送失败（仅支持图片和 PDF）。',
    openFileFailed: '无法打开文件。',
    closeFailed: '无法结束会话。',
    transferFailed: '无法转接会话。',
    notSent: '未发送 · 重试',
    sending: '发送中…',
    waitingForConnection: '等待连接恢复…',
    ended: '此会话已结束。',
    customerTyping: '客户正在输入…',
    attachFile: '添加附件',
    attachment: (fileName, contentType, kilobytes) => `附件：${fileName}（${contentType}，${kilobytes} KB）`,
  },
  list: {
    view: '工单视图',
    builtInViews: { mine: '我的工单', unassigned: '未分配', allOpen: '全部未处理', pending: '待回复', solved: '已解决', slaAtRisk: 'SLA 有风险', slaBreached: 'SLA 已超时', closed: '已关闭', custom: '自定义筛选' },
    myViews: '我的视图',
    filters: '筛选',
    anyStatus: '全部状态',
    unresolved: '未解决',
    assignee: '处理人',
    anyone: '任何人',
    me: '我',
    unassigned: '未分配',
    group: '组',
    channel: '渠道',
    anyChannel: '全部渠道',
    tag: '标签',
    sla: 'SLA',
    anySla: '全部',
    slaFilters: { at_risk: '有风险（一小时内到期）', breached: '已超时' },
    viewName: '视图名称',
    saveView: '保存为我的视图',
    deleteView: (name) => `删除视图 ${name}`,
    saveFailed: '无法保存视图。',
    nameTaken: '您已有同名视图。',
    loadFailed: '无法加载工单，稍后自动重试。',
    selectTicket: (reference) => `选择 ${reference}`,
    selectAll: '全选',
    selected: (count) => `已选 ${count} 个`,
    setStatus: '设置状态',
    assignTo: '分配给',
    addTag: '添加标签',
    apply: '应用',
    bulkFailed: '未做任何修改：操作失败，请重试。',
    bulkClosed: '未做任何修改：已关闭的工单不能修改，请取消选择后重试。',
    bulkForbidden: '未做任何修改：只有主管和管理员可以把工单分配给他人。',
    bulkDone: (count) => `已修改 ${count} 个工单。`,
    clearSelection: '取消选择',
    ticketLine: (status, priority) => `${status} · ${priority}`,
    more: '更多',
  },
  history: {
    title: '会话记录',
    open: (when) => `打开 ${when} 的会话记录`,
    loading: '正在加载会话…',
    loadFailed: '无法加载会话。',
    none: '没有消息。',
  },
  cannedResponse: '快捷回复',
  cannedFailed: '无法插入快捷回复，请重试。',
  shortcutsHint: '输入 / 选择快捷回复 · Ctrl+Enter 发送 · Alt+N 内部备注 · Alt+K 搜索 · Alt+R 回复框',
  macro: {
    label: '宏',
    placeholder: '宏…',
    preview: (name) => `宏“${name}”将会：`,
    setsStatus: (status) => `把状态改为${status}`,
    setsPriority: (priority) => `把优先级改为${priority}`,
    addsTags: (tags) => `添加标签 ${tags}`,
    replies: '回复客户：',
    apply: '应用宏',
    cancel: '取消',
    failed: '无法应用宏，未发送任何内容。',
  },
  cannedPlaceholder: '快捷回复…',
  panel: {
    loading: '正在加载客户…',
    loadFailed: '无法加载客户信息。',
    email: '邮箱',
    phone: '电话',
    kycTier: '认证等级',
    language: '语言',
    account: '账户',
    frozen: (reason) => (reason ? `已冻结：${reason}` : '已冻结'),
    balances: '余额',
    recentTransactions: '最近交易',
    openRefunds: '处理中的退款',
    none: '无',
    card: (masked) => `银行卡 ${masked}`,
    refundLine: (amount, status, expectedBy) => `${amount} · ${status} · 预计 ${expectedBy} 前到账`,
    failureReasons: {
      insufficient_funds: '余额不足',
      limit_exceeded: '超出限额',
      risk_review: '风控审核中',
      merchant_unavailable: '商户暂不可用',
      card_declined: '银行卡被拒',
    },
    kycTiers: { unverified: '未认证', basic: '基础认证', full: '完整认证' },
    transactionTypes: { topup: '充值', payment: '付款', transfer: '转账', refund: '退款', adjustment: '调账' },
    transactionStatuses: { pending: '处理中', succeeded: '成功', failed: '失败' },
  },
};

const INBOX_MESSAGES: Readonly<Record<Locale, InboxMessages>> = { en: EN, 'zh-CN': ZH_CN };

export function inboxMessages(language?: string): InboxMessages {
  return INBOX_MESSAGES[browserLocale(language)];
}

/** A ticket status or channel as the API spells it, in the agent's language (unknown ones as they are). */
export function ticketStatusText(status: string): string {
  const names = inboxMessages().ticketStatuses;
  return names[status as keyof typeof names] ?? status;
}

export function channelText(channel: string): string {
  const names = inboxMessages().channels;
  return names[channel as keyof typeof names] ?? channel;
}

/** Each language named in itself, for the language picker. */
export const LANGUAGE_CHOICES: readonly { readonly locale: Locale; readonly name: string }[] = [
  { locale: 'zh-CN', name: ZH_CN.languageName },
  { locale: 'en', name: EN.languageName },
];
