import type { ChatMessage } from '@okpay/contracts';
import { MessageLog } from './message-log';

function message(seq: number, text = `m${seq}`): ChatMessage {
  return { id: `id-${seq}`, seq, conversationId: 'c1', author: { type: 'agent' }, text, createdAt: '2027-01-04T02:00:00.000Z' };
}

describe('MessageLog', () => {
  it('orders by seq and keeps each message once when a replay repeats what was seen', () => {
    const log = new MessageLog();
    [3, 1, 2, 2, 1].forEach((seq) => log.add(message(seq)));
    expect(log.stored().map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('asks to replay after the last seq with nothing missing before it', () => {
    const log = new MessageLog();
    [1, 2, 4].forEach((seq) => log.add(message(seq)));
    expect(log.lastSeq).toBe(2);
    log.add(message(3));
    expect(log.lastSeq).toBe(4);
  });

  it('turns an acknowledged pending message into the stored one, once, whichever arrives first', () => {
    const log = new MessageLog();
    log.queue('k1', 'hello');
    log.queue('k2', 'again');
    log.add({ ...message(1, 'hello'), author: { type: 'customer' } });
    log.acknowledge('k1', { id: 'id-1', seq: 1 }, 'c1', new Date());
    log.acknowledge('k2', { id: 'id-2', seq: 2 }, 'c1', new Date('2027-01-04T02:00:01Z'));
    log.add(message(2, 'again'));
    expect(log.stored().map((m) => m.text)).toEqual(['hello', 'again']);
    expect(log.unacknowledged()).toEqual([]);
  });

  it('does not show a message twice when its stored copy overtakes the ack', () => {
    const log = new MessageLog();
    log.add({ ...message(1, 'same'), author: { type: 'customer' } });
    log.queue('k1', 'same');
    log.queue('k2', 'same');
    expect(log.stillSending().map((p) => p.clientId)).toEqual(['k1', 'k2']);
    log.add({ ...message(2, 'same'), author: { type: 'customer' } });
    expect(log.stillSending().map((p) => p.clientId)).toEqual(['k2']);
    expect(log.unacknowledged()).toHaveLength(2);
  });

  it('keeps a failed message pending until a retry is acknowledged', () => {
    const log = new MessageLog();
    log.queue('k1', 'hi');
    log.markFailed('k1');
    expect(log.unacknowledged()).toEqual([{ clientId: 'k1', text: 'hi', failed: true }]);
    log.retrying('k1');
    expect(log.unacknowledged()[0].failed).toBe(false);
  });
});
