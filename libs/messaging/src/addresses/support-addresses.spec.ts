import { newReplyToken, SupportAddresses } from './support-addresses';

describe('SupportAddresses', () => {
  const addresses = new SupportAddresses('Support@OKPay.test');

  it('accepts the support address and its reply addresses, in any case', () => {
    const token = newReplyToken();
    expect(addresses.recipient('support@okpay.test')).toEqual({ token: null });
    expect(addresses.recipient('SUPPORT@okpay.TEST')).toEqual({ token: null });
    expect(addresses.recipient(addresses.replyAddress(token))).toEqual({ token });
    expect(addresses.recipient(addresses.replyAddress(token).toUpperCase())).toEqual({ token });
  });

  it('accepts postmaster of our domain (RFC 5321), as the support address', () => {
    expect(addresses.recipient('postmaster@okpay.test')).toEqual({ token: null });
    expect(addresses.recipient('PostMaster@OKPay.test')).toEqual({ token: null });
    expect(addresses.recipient('Postmaster')).toEqual({ token: null });
    expect(addresses.recipient('postmaster@evil.test')).toBeNull();
  });

  it('refuses every other address', () => {
    for (const other of ['sales@okpay.test', 'postmaster+x@okpay.test', 'support@okpay.test.evil', 'support@evil.test', 'support+@okpay.test', 'support+x@okpay.test', 'victim@gmail.com']) {
      expect(addresses.recipient(other)).toBeNull();
    }
  });

  it('makes unguessable tokens', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newReplyToken));
    expect(tokens.size).toBe(1000);
  });
});
