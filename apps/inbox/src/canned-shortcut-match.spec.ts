import type { CannedResponseView } from '@okpay/contracts';
import { matchingResponses, shortcutAt } from './canned-shortcut-match';

const response = (name: string): CannedResponseView => ({ id: name, name, locale: 'en', body: `${name} text` });

describe('canned response shortcuts', () => {
  it('finds the /word being typed at the caret, at the start or after a space only', () => {
    expect(shortcutAt('/ref', 4)).toEqual({ start: 0, end: 4, query: 'ref' });
    expect(shortcutAt('Hi /Refund', 10)).toEqual({ start: 3, end: 10, query: 'refund' });
    expect(shortcutAt('see https://x/y', 15)).toBeNull();
    expect(shortcutAt('/refund and more', 16)).toBeNull();
    expect(shortcutAt('/refund and more', 7)).toEqual({ start: 0, end: 7, query: 'refund' });
  });

  it('offers names containing the query, those starting with it first', () => {
    const all = [response('bank-refund'), response('refund-status'), response('greeting')];
    expect(matchingResponses(all, 'refund').map((r) => r.name)).toEqual(['refund-status', 'bank-refund']);
    expect(matchingResponses(all, '').map((r) => r.name)).toEqual(['bank-refund', 'refund-status', 'greeting']);
  });
});
