import { automatedMailReason } from './loop-guard';

const headers = (entries: Record<string, string> = {}) => new Map(Object.entries(entries).map(([k, v]) => [k, [v]]));

describe('automatedMailReason', () => {
  it('lets a person’s mail through', () => {
    expect(automatedMailReason(headers({ 'auto-submitted': 'no' }), 'li@example.com', 'li@example.com')).toBeNull();
  });

  it.each([
    [{ 'auto-submitted': 'auto-replied' }, 'auto-submitted'],
    [{ 'auto-submitted': 'auto-generated' }, 'auto-submitted'],
    [{ 'x-autoreply': 'yes' }, 'x-autoreply'],
    [{ 'x-auto-response-suppress': 'All' }, 'x-auto-response-suppress'],
    [{ precedence: 'bulk' }, 'precedence-bulk'],
    [{ precedence: 'Junk' }, 'precedence-junk'],
    [{ precedence: 'list' }, 'precedence-list'],
    [{ 'list-id': '<news.example.com>' }, 'list-id'],
  ])('recognises %j', (h, reason) => {
    expect(automatedMailReason(headers(h), 'li@example.com', 'li@example.com')).toBe(reason);
  });

  it('recognises the null return path and robot senders', () => {
    expect(automatedMailReason(headers(), '', 'li@example.com')).toBe('empty-return-path');
    for (const from of ['MAILER-DAEMON@mx.example.com', 'noreply@shop.example', 'no-reply@shop.example', 'do-not-reply@x.example', 'postmaster@x.example']) {
      expect(automatedMailReason(headers(), 'bounce@x.example', from)).toBe('robot-sender');
    }
    expect(automatedMailReason(headers(), 'x@x.example', 'noreen@x.example')).toBeNull();
  });
});
