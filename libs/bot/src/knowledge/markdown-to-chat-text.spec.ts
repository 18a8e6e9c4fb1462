import { markdownToChatText } from './markdown-to-chat-text';

describe('markdownToChatText', () => {
  it('turns emphasis, headings, lists and tables into plain chat text', () => {
    const markdown = '## Fees\n\n**Card** top-ups:\n\n| What | Fee |\n|---|---|\n| Card | 0.6% |\n\n- one\n- two\n\nSee [help](https://okpay.test/help).';
    expect(markdownToChatText(markdown)).toBe('Fees\n\nCard top-ups:\n\n• Card: 0.6%\n\n• one\n• two\n\nSee help (https://okpay.test/help).');
  });

  it('keeps the numbers of steps and the spacing of the source', () => {
    const markdown = '**Steps**\n1. Open the app.\n2. Tap **Top up**.\n\nDone.';
    expect(markdownToChatText(markdown)).toBe('Steps\n1. Open the app.\n2. Tap Top up.\n\nDone.');
  });

  it('strips emphasis inside table cells and joins rows of more than two cells', () => {
    const markdown = '| Tier | Single | Daily |\n|---|---|---|\n| **Basic** | ¥500 | ¥1,000 |';
    expect(markdownToChatText(markdown)).toBe('• Basic · ¥500 · ¥1,000');
  });

  it('treats what markdown treats as literal as literal', () => {
    expect(markdownToChatText('2 * 3 and 4 * 5, file_name_here, 5 \\* 6')).toBe('2 * 3 and 4 * 5, file_name_here, 5 * 6');
  });
});
