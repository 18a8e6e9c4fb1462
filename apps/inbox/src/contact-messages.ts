import { browserLocale } from './browser-locale';
import type { Locale } from '@okpay/contracts';

/** The contact page's and the search box's words, in the agent's browser language. */
const CONTACT_MESSAGES = {
  en: {
    searchLabel: 'Search tickets and contacts',
    searchPlaceholder: 'Name, email, phone or words…',
    searchTooShort: 'Type at least two characters.',
    searching: 'Searching…',
    noResults: 'Nothing found.',
    searchFailed: 'Search failed. Try again.',
    contacts: 'Contacts',
    tickets: 'Tickets',
    chats: 'Chats',
    callbacks: 'Callbacks',
    requester: 'Requester',
    openContact: (who: string) => `Open contact ${who}`,
    unnamed: 'Unnamed contact',
    email: 'Email',
    phone: 'Phone',
    walletCustomer: 'Wallet customer',
    mergedInto: 'This contact was merged into another.',
    openMerged: 'Open that contact',
    none: 'None',
    loading: 'Loading contact…',
    loadFailed: 'Could not load the contact.',
    chatLine: (status: string, ticket: boolean) => `Chat · ${status}${ticket ? ' · became a ticket' : ''}`,
  },
  'zh-CN': {
    searchLabel: '搜索工单和联系人',
    searchPlaceholder: '姓名、邮箱、电话或关键词…',
    searchTooShort: '请至少输入两个字符。',
    searching: '正在搜索…',
    noResults: '没有找到结果。',
    searchFailed: '搜索失败，请重试。',
    contacts: '联系人',
    tickets: '工单',
    chats: '会话',
    callbacks: '回电',
    requester: '提交人',
    openContact: (who: string) => `打开联系人 ${who}`,
    unnamed: '未命名联系人',
    email: '邮箱',
    phone: '电话',
    walletCustomer: '钱包用户',
    mergedInto: '此联系人已合并到另一个联系人。',
    openMerged: '打开该联系人',
    none: '无',
    loading: '正在加载联系人…',
    loadFailed: '无法加载联系人。',
    chatLine: (status: string, ticket: boolean) => `会话 · ${status}${ticket ? ' · 已转为工单' : ''}`,
  },
} satisfies Record<Locale, unknown>;

export type ContactMessages = (typeof CONTACT_MESSAGES)['en'];

export function contactMessages(language?: string): ContactMessages {
  return CONTACT_MESSAGES[browserLocale(language)];
}
