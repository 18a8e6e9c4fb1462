import { newReplyText } from './reply-text';

describe('newReplyText', () => {
  it('drops an English quote header and everything under it', () => {
    const text = 'Yes, it was the card ending 4242.\n\nOn Mon, 4 Jan 2027 at 10:00, OKPay Support <support@okpay.test> wrote:\n> We will reply soon\n> thanks';
    expect(newReplyText(text)).toBe('Yes, it was the card ending 4242.');
  });

  it('drops a quote header wrapped over two lines', () => {
    expect(newReplyText('Thanks!\n\nOn Mon, 4 Jan 2027 at 10:00, OKPay Support\n<support@okpay.test> wrote:\n> old')).toBe('Thanks!');
  });

  it('drops a Chinese quote header, an Outlook block and a signature', () => {
    expect(newReplyText('好的，谢谢\n\n在 2027年1月4日 10:00，OKPay 客服 写道：\n> 旧内容')).toBe('好的，谢谢');
    expect(newReplyText('See below\n\n-----Original Message-----\nFrom: OKPay\nSubject: x')).toBe('See below');
    expect(newReplyText('Refund please\n\n-- \nLi Wei\nACME Ltd')).toBe('Refund please');
    expect(newReplyText('Refund please\n\nSent from my iPhone')).toBe('Refund please');
  });

  it('keeps inline answers between quotes, and the whole text when nothing new is left', () => {
    expect(newReplyText('> question one\nanswer one\n> question two\nanswer two')).toBe('> question one\nanswer one\n> question two\nanswer two');
    expect(newReplyText('> only a quote')).toBe('> only a quote');
  });
});
