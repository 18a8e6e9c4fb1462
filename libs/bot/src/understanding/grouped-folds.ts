import { nearDuplicateGroups } from './near-duplicates';
import { seededRandom, shuffleInPlace } from './seeded-random';

/**
 * A fold number per message for k-fold cross-validation in which near-duplicates (and their
 * near-duplicates) always share a fold: otherwise a held-out message's light edit is in the training
 * folds and the held-out score measures recall of the examples, not generalisation. Groups are dealt
 * in a seeded random order, each to the fold with fewest messages so far, so folds stay even.
 */
export function groupedFolds(texts: readonly string[], folds: number, seed: number): number[] {
  const members = new Map<number, number[]>();
  nearDuplicateGroups(texts).forEach((group, i) => {
    const list = members.get(group);
    if (list) list.push(i);
    else members.set(group, [i]);
  });
  const groups = shuffleInPlace([...members.values()], seededRandom(seed + texts.length));
  const sizes = new Array<number>(folds).fill(0);
  const foldOf = new Array<number>(texts.length);
  for (const group of groups) {
    const fold = sizes.indexOf(Math.min(...sizes));
    for (const i of group) foldOf[i] = fold;
    sizes[fold] += group.length;
  }
  return foldOf;
}
