import { markdownToChatText } from './markdown-to-chat-text';

describe('markdownToChatText', () => {
  it('turns emphasis, headings, lists and tables into plain chat text', () => {
    const markdown = '## Fees\n\n**Card** top-ups:\n\n| What | Fee |\n|---|---|\n| Card | 0.6% |\n\n- one\n- two\n\nSee [help](https://okpay.test/help).';
    expect(markdownToChatText(markdown)).toBe('Fees\n\nCard top-ups:\n\n• Card: 0.6%\n\n• one\n• two\n\nSee help (https://okpay.test/help).');
  });
});
