import { DEFAULT_RATE_LIMIT_RULES, parseRateLimitRules } from './rate-limit-rules';

describe('parseRateLimitRules', () => {
  it('keeps the defaults and replaces only the rules named', () => {
    expect(parseRateLimitRules(undefined)).toEqual({ rules: DEFAULT_RATE_LIMIT_RULES });
    expect(parseRateLimitRules('ticket_create.address=5/60, callback_request.phone=1/86400')).toEqual({
      rules: { ...DEFAULT_RATE_LIMIT_RULES, 'ticket_create.address': { max: 5, windowSeconds: 60 }, 'callback_request.phone': { max: 1, windowSeconds: 86400 } },
    });
  });

  it.each(['ticket_create=5/60', 'tickets.address=5/60', 'ticket_create.ip=5/60', 'ticket_create.address=0/60', 'ticket_create.address=5/0', 'ticket_create.address=5'])(
    'names what is wrong in %s',
    (value) => {
      expect(parseRateLimitRules(value)).toEqual({ problem: expect.stringContaining(value) });
    },
  );
});
