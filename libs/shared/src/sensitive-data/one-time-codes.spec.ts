import { maskOneTimeCodes, maskSensitiveText } from './one-time-codes';

describe('maskOneTimeCodes', () => {
  it.each([
    ['my verification code is 482913', 'my verification code is ******'],
    ['验证码：482913，请帮我看看', '验证码：******，请帮我看看'],
    ['OTP 1234 not working', 'OTP **** not working'],
    ['the code: 99887766', 'the code: ********'],
    ['验证码４８２９１３', '验证码******'],
  ])('masks %s', (input, expected) => {
    expect(maskOneTimeCodes(input)).toBe(expected);
  });

  it('leaves amounts, dates and references alone', () => {
    for (const text of ['I paid 350.00 on 2027-01-05', 'ticket #10042', 'TX-8F3K2 failed', 'call me at 13800138000']) {
      expect(maskOneTimeCodes(text)).toBe(text);
    }
  });

  it('masks card numbers and codes together', () => {
    expect(maskSensitiveText('card 4111 1111 1111 1111, code 123456')).toBe('card 411111******1111, code ******');
  });
});
