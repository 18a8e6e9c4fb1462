import { Batcher } from './batcher';

describe('Batcher', () => {
  it('runs the items submitted in one turn of the event loop together, in order, and answers each', async () => {
    const calls: (readonly number[])[] = [];
    const batcher = new Batcher<number, number>(async (items) => {
      calls.push(items);
      return items.map((item) => item * 10);
    });

    expect(await Promise.all([3, 1, 2].map((item) => batcher.submit(item)))).toEqual([30, 10, 20]);
    expect(await batcher.submit(4)).toBe(40);
    expect(calls).toEqual([[3, 1, 2], [4]]);
  });

  it('splits a large batch and rejects only the callers of a failed part', async () => {
    const batcher = new Batcher<number, number>(async (items) => {
      if (items.includes(3)) throw new Error('boom');
      return items.map((item) => item * 10);
    }, 2);

    const answers = await Promise.allSettled([1, 2, 3, 4].map((item) => batcher.submit(item)));

    expect(answers.map((a) => a.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'rejected']);
    expect((answers[1] as PromiseFulfilledResult<number>).value).toBe(20);
  });
});
