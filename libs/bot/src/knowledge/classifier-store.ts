import { IntentClassifierSnapshot } from '../understanding/intent-classifier';

/** Where trained classifiers are kept for every process, by content key (`classifierKey`). */
export abstract class ClassifierStore {
  abstract get(key: string): Promise<IntentClassifierSnapshot | undefined>;
  abstract put(key: string, snapshot: IntentClassifierSnapshot): Promise<void>;
  /** Runs `work` while no other process runs it for the same key. */
  abstract exclusively<T>(key: string, work: () => Promise<T>): Promise<T>;
}
