import { handoffReasonFor } from './handoff-policy';

describe('handoffReasonFor', () => {
  it.each([
    ['human_agent', 'transfer me', 0, 'requested'],
    ['complaint', 'terrible service', 0, 'complaint'],
    ['account_security', 'my account was hacked', 0, 'security_incident'],
    ['account_security', '有一笔不是我转的', 0, 'security_incident'],
    ['account_security', 'how do i turn on 2fa', 0, null],
    ['out_of_scope', 'weather', 2, 'low_confidence'],
    ['out_of_scope', 'weather', 1, null],
    ['fees', 'what fees', 0, null],
  ] as const)('%s "%s" after %i unclear turns → %s', (intent, text, unclear, expected) => {
    expect(handoffReasonFor(intent, text, unclear)).toBe(expected);
  });
});
