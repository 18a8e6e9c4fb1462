import { restCallTarget } from './rest-calls';

describe('restCallTarget', () => {
  it('fills the path parameters, encoded', () => {
    expect(restCallTarget('GET /tickets/:id', { params: { id: 'a/b c' } })).toEqual({ method: 'GET', path: '/tickets/a%2Fb%20c' });
    expect(restCallTarget('POST /tickets/:id/messages', { params: { id: 't1' }, body: { body: 'hi' } })).toEqual({ method: 'POST', path: '/tickets/t1/messages' });
  });

  it('adds the query, leaving out what is unset', () => {
    expect(restCallTarget('GET /tickets', { query: { status: 'open', assignee: undefined, limit: 25 } })).toEqual({ method: 'GET', path: '/tickets?status=open&limit=25' });
    expect(restCallTarget('POST /chat/attachments', { query: { fileName: 'a&b.png' } }).path).toBe('/chat/attachments?fileName=a%26b.png');
    expect(restCallTarget('GET /canned-responses', {}).path).toBe('/canned-responses');
  });
});
