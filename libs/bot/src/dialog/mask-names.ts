/**
 * The message without names and amounts: "蓝港咖啡那笔120.5的我想退" is classified as "那笔 的我想退".
 * Names the model never learnt say nothing about the question and only push it out of scope.
 * Chinese names also go when only part of them is written ("蓝港那笔").
 */
export function maskNames(normalized: string, names: readonly string[]): string {
  let masked = normalized;
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    if (/^[a-z0-9 .,]+$/.test(name)) {
      masked = masked.replace(new RegExp(`(?<![a-z0-9])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`, 'g'), ' ');
      continue;
    }
    for (let length = name.length; length >= 2; length--) {
      for (let start = 0; start + length <= name.length; start++) {
        const part = name.slice(start, start + length);
        if (/^[\u4e00-\u9fff]+$/.test(part) && masked.includes(part)) masked = masked.split(part).join(' ');
      }
    }
    if (!/[\u4e00-\u9fff]/.test(name) && masked.includes(name)) masked = masked.split(name).join(' ');
  }
  masked = masked.replace(/\s+/g, ' ').trim();
  return /[\p{L}\p{N}]/u.test(masked) ? masked : normalized;
}
