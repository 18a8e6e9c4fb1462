import { BatchLoader } from './batch-loader';

describe('BatchLoader', () => {
  it('reads the keys asked for in one turn of the event loop with one call, and answers each caller', async () => {
    const calls: (readonly string[])[] = [];
    const loader = new BatchLoader<string, number>(async (keys) => {
      calls.push(keys);
      return new Map(keys.filter((key) => key !== 'missing').map((key) => [key, key.length]));
    });

    const answers = await Promise.all([loader.load('a'), loader.load('bbb'), loader.load('a'), loader.load('missing')]);

    expect(answers).toEqual([1, 3, 1, undefined]);
    expect(calls).toEqual([['a', 'bbb', 'missing']]);
  });

  it('reads again for a key asked after the previous read started: nothing is cached', async () => {
    let value = 1;
    const loader = new BatchLoader<string, number>(async (keys) => new Map(keys.map((key) => [key, value])));

    expect(await loader.load('k')).toBe(1);
    value = 2;
    expect(await loader.load('k')).toBe(2);
  });

  it('splits more keys than one batch allows into several reads', async () => {
    const calls: (readonly number[])[] = [];
    const loader = new BatchLoader<number, number>(async (keys) => {
      calls.push(keys);
      return new Map(keys.map((key) => [key, key * 10]));
    }, 2);

    expect(await Promise.all([1, 2, 3].map((key) => loader.load(key)))).toEqual([10, 20, 30]);
    expect(calls).toEqual([[1, 2], [3]]);
  });

  it('rejects every caller of a batch whose read fails', async () => {
    const loader = new BatchLoader<string, number>(async () => {
      throw new Error('database down');
    });

    await expect(Promise.all([loader.load('a'), loader.load('b')])).rejects.toThrow('database down');
  });
});
