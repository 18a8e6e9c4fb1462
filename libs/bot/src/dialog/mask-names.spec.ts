import { maskNames } from './mask-names';

describe('maskNames', () => {
  it('takes names and amounts out, whole English words only', () => {
    expect(maskNames('any news on my refund for the coffee?', ['coffee', 'blue', 'harbor'])).toBe('any news on my refund for the ?');
    expect(maskNames('blueprint of the refund', ['blue'])).toBe('blueprint of the refund');
    expect(maskNames('what happened with my 1500 payment', ['1500'])).toBe('what happened with my payment');
  });

  it('takes a Chinese name out even when only part of it is written', () => {
    expect(maskNames('蓝港咖啡那杯洒了 120.5的 我想退', ['蓝港咖啡', '120.5'])).toBe('那杯洒了 的 我想退');
    expect(maskNames('蓝港那笔呢', ['蓝港咖啡'])).toBe('那笔呢');
  });

  it('keeps the message when nothing but names would be left', () => {
    expect(maskNames('coffee', ['coffee'])).toBe('coffee');
  });
});
