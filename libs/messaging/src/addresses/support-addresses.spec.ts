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

  it('refuses every other address', () => {
    for (const other of ['sales@okpay.test', 'support@okpay.test.evil', 'support@evil.test', 'support+@okpay.test', 'support+x@okpay.test', 'victim@gmail.com']) {
      expect(addresses.recipient(other)).toBeNull();
    }
  });

  it('makes unguessable tokens', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newReplyToken));
    expect(tokens.size).toBe(1000);
  });
});
