import { identityInvitation, signInInvitation } from './sign-in-invitation';

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

describe('identityInvitation', () => {
  it('asks a visitor who says who they are to sign in, rather than looking anyone up', () => {
    expect(identityInvitation('my email is someone@example.com, can you check', 'en')?.text).toMatch(/can’t look up an account .*Please sign in/);
    expect(identityInvitation('我是王小红 手机13800138000', 'zh-CN')?.button.action).toBe('sign_in');
  });

  it('says nothing when no one is named', () => {
    expect(identityInvitation('where is my refund', 'en')).toBeNull();
    expect(identityInvitation('我是不是被扣了两次钱', 'zh-CN')).toBeNull();
  });
});
