import { Identity1767225600000 } from './1767225600000-identity';

/** Every migration, oldest first. Add new ones at the end. */
export const MIGRATIONS = [Identity1767225600000];
