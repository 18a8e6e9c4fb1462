import pino from 'pino';
import { Writable } from 'node:stream';
import { buildPinoOptions, scrubLogValue } from './logger-options';

function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, lines: () => chunks.join('').trim().split('\n').map((l) => JSON.parse(l)) };
}

describe('log redaction', () => {
  it('redacts secrets by key at any depth and masks card numbers in every string', () => {
    const { stream, lines } = capture();
    const log = pino(buildPinoOptions({ logLevel: 'info' }), stream);
    log.info(
      { headers: { authorization: 'Bearer abc.def.ghi', cookie: 'sid=1' }, body: { password: 'hunter2', note: 'card 4111 1111 1111 1111' }, visitorToken: 't' },
      'customer typed 5500000000000004 in chat',
    );
    const [line] = lines();
    const text = JSON.stringify(line);
    for (const secret of ['abc.def.ghi', 'sid=1', 'hunter2', '4111 1111 1111 1111', '5500000000000004']) {
      expect(text).not.toContain(secret);
    }
    expect(line.msg).toBe('customer typed 550000******0004 in chat');
    expect(line).toMatchObject({ headers: { authorization: '[redacted]', cookie: '[redacted]' }, visitorToken: '[redacted]' });
    expect((line.body as Record<string, unknown>).note).toBe('card 411111******1111');
  });

  it('keeps errors readable while masking their messages', () => {
    const scrubbed = scrubLogValue({ err: new Error('declined 4111111111111111') }) as { err: { message: string; type: string } };
    expect(scrubbed.err).toMatchObject({ type: 'Error', message: 'declined 411111******1111' });
  });
});
