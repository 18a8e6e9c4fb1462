import { assertAgentSocketOrigin } from './agent-socket-origin';

describe('assertAgentSocketOrigin', () => {
  const publicUrl = 'https://support.okpay.example';

  it('lets clients without an Origin (not browsers) through', () => {
    expect(() => assertAgentSocketOrigin(undefined, 'support.okpay.example', publicUrl)).not.toThrow();
  });

  it("accepts PUBLIC_URL's origin and the origin the browser reached the app at", () => {
    expect(() => assertAgentSocketOrigin('https://support.okpay.example', 'internal:3000', publicUrl)).not.toThrow();
    expect(() => assertAgentSocketOrigin('http://127.0.0.1:3000', '127.0.0.1:3000', publicUrl)).not.toThrow();
  });

  it('refuses any other site, a look-alike host or port, and a malformed origin with forbidden_origin', () => {
    for (const origin of ['https://evil.example', 'https://support.okpay.example.evil.example', 'https://support.okpay.example:8443', 'null', 'not a url']) {
      expect(() => assertAgentSocketOrigin(origin, 'support.okpay.example', publicUrl)).toThrow(expect.objectContaining({ code: 'forbidden_origin' }));
    }
  });
});
