import { signInInvitation } from './sign-in-invitation';

describe('signInInvitation', () => {
  it('invites a visitor asking about their own account, with a sign-in button', () => {
    expect(signInInvitation('refund', 'has my refund come through yet', 'en')).toEqual({
      text: expect.stringContaining('To check your own refunds, please sign in'),
      button: { label: 'Sign in', text: 'Sign in', action: 'sign_in' },
    });
    expect(signInInvitation('topup_failed', '我充的钱没到', 'zh-CN')?.text).toContain('如需查看您自己的充值记录，请先登录');
  });

  it('leaves general questions, and intents without account facts, to the article alone', () => {
    expect(signInInvitation('refund', 'how do refunds work', 'en')).toBeNull();
    expect(signInInvitation('how_to_pay', 'how do i pay at a shop', 'en')).toBeNull();
    expect(signInInvitation('contact_support', '我想找客服', 'zh-CN')).toBeNull();
  });
});
