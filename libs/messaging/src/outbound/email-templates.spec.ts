import { formatReplyBy, renderAcknowledgement, renderAgentReply, renderChatTranscript, threadSubject } from './email-templates';

describe('email templates', () => {
  it('words the reply time in the calendar’s zone, in both languages', () => {
    const at = new Date('2027-01-11T02:30:00Z');
    expect(formatReplyBy(at, 'Asia/Shanghai', 'en')).toBe('Monday 11 January 10:30 (GMT+8)');
    expect(formatReplyBy(at, 'Asia/Shanghai', 'zh-CN')).toBe('1月11日 星期一 10:30（GMT+8）');
  });

  it('names the zone as people there know it, summer time and midnight included', () => {
    expect(formatReplyBy(new Date('2027-07-05T14:00:00Z'), 'America/New_York', 'en')).toBe('Monday 5 July 10:00 (EDT)');
    expect(formatReplyBy(new Date('2027-07-05T14:00:00Z'), 'America/New_York', 'zh-CN')).toBe('7月5日 星期一 10:00（GMT-4）');
    expect(formatReplyBy(new Date('2027-01-04T00:05:00Z'), 'Europe/London', 'en')).toBe('Monday 4 January 00:05 (GMT)');
    expect(formatReplyBy(new Date('2027-03-31T22:59:00Z'), 'UTC', 'zh-CN')).toBe('3月31日 星期三 22:59（UTC）');
  });

  it('acknowledge with the number, the time and, when given, the article', () => {
    const plain = renderAcknowledgement('en', { name: null, reference: '#10042', subject: 'Refund', replyBy: 'Monday 10:30' });
    expect(plain.subject).toBe('[#10042] We received your message: Refund');
    expect(plain.text).toContain('ticket #10042');
    expect(plain.text).toContain('We will reply by Monday 10:30.');
    expect(plain.text).not.toContain('article');
    const withArticle = renderAcknowledgement('zh-CN', {
      name: '李<伟>',
      reference: '#10042',
      subject: '退款',
      replyBy: '1月11日 星期一 10:30',
      article: { title: '退款需要多久', url: 'https://help.okpay.test/zh-CN/refunds' },
    });
    expect(withArticle.text).toContain('退款需要多久\nhttps://help.okpay.test/zh-CN/refunds');
    expect(withArticle.html).toContain('<a href="https://help.okpay.test/zh-CN/refunds">退款需要多久</a>');
    expect(withArticle.html).toContain('李&lt;伟&gt;');
  });

  it('escape an agent’s text in HTML and keep the number in the subject', () => {
    const reply = renderAgentReply('en', '#10042', 'Re: Refund', { reference: '#10042', body: 'Hi <b>Li</b>\nline two' });
    expect(reply.subject).toBe('Re: [#10042] Refund');
    expect(reply.html).toContain('Hi &lt;b&gt;Li&lt;/b&gt;<br>line two');
    expect(reply.text.startsWith('Hi <b>Li</b>\nline two')).toBe(true);
    expect(threadSubject('#10042', 'RE: [#10042] Refund')).toBe('Re: [#10042] Refund');
  });

  it('lists a chat’s lines in order with their times, the zone named once, the customer’s text escaped in HTML', () => {
    const lines = [
      { time: '10:00', author: '您', text: '<b>退款</b>呢？' },
      { time: '10:01', author: 'OKPay 智能助手', text: '您的退款正在处理中。\n预计 1月13日 到账。' },
    ];
    const mail = renderChatTranscript('zh-CN', { date: '2027年1月4日星期一', zone: '中国标准时间', lines });
    expect(mail.subject).toBe('您在 2027年1月4日星期一 与 OKPay 客服的聊天记录');
    expect(mail.text).toContain('时间为中国标准时间。');
    expect(mail.text.indexOf('[10:00] 您：\n<b>退款</b>呢？')).toBeLessThan(mail.text.indexOf('[10:01] OKPay 智能助手：'));
    expect(mail.html).toContain('&lt;b&gt;退款&lt;/b&gt;呢？');
    expect(mail.html).toContain('您的退款正在处理中。<br>预计 1月13日 到账。');
    expect(mail.html.match(/中国标准时间/g)).toHaveLength(1);
  });
});
