import { assertSafeUrl } from './safe-url';

describe('assertSafeUrl', () => {
  it.each(['/api/v1/tickets?q=%E9%80%80%E6%AC%BE', '/api/v1/health', '/help/en/search?q=a%20b', '/x?emoji=%F0%9F%98%80'])('lets %s through', (url) => {
    expect(() => assertSafeUrl(url)).not.toThrow();
  });

  it.each(['/api/v1/tickets/search?q=ab%00', '/api/v1/tickets/%00', '/x?q=%ED%A0%80', '/x?q=%FF', '/x?q=%E9%80'])('refuses %s', (url) => {
    expect(() => assertSafeUrl(url)).toThrow(expect.objectContaining({ code: 'invalid_characters' }));
  });
});
