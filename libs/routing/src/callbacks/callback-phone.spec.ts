import { callbackPhone, likelyTimeZone } from './callback-phone';
import { expiryJobId } from './callback-jobs';

describe('callbackPhone', () => {
  it('normalizes to E.164 and reads numbers without a country code as mainland Chinese', () => {
    expect(callbackPhone('138 0013 8000')).toEqual({ e164: '+8613800138000', country: 'CN' });
    expect(callbackPhone('+44 20 7946 0958')).toEqual({ e164: '+442079460958', country: 'GB' });
  });

  it.each([
    ['12345', 'invalid_phone'],
    ['+44 909 879 0000', 'premium_rate_number'],
    ['+86 400 810 8888', 'shared_cost_number'],
  ])('refuses %s as %s', (input, code) => {
    expect(() => callbackPhone(input)).toThrow(expect.objectContaining({ code }));
  });

  it('guesses the time zone from the country and falls back to the calendar zone', () => {
    expect(likelyTimeZone('GB', 'Asia/Shanghai')).toBe('Europe/London');
    expect(likelyTimeZone('ZZ', 'Asia/Shanghai')).toBe('Asia/Shanghai');
  });
});

describe('expiryJobId', () => {
  it('is a UUID that is the same for the same callback and attempt only', () => {
    const id = expiryJobId('4b3c2f4e-0000-4000-8000-000000000001', 0);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(expiryJobId('4b3c2f4e-0000-4000-8000-000000000001', 0)).toBe(id);
    expect(expiryJobId('4b3c2f4e-0000-4000-8000-000000000001', 1)).not.toBe(id);
  });
});
