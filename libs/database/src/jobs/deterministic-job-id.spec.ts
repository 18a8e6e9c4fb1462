import { validate, version } from 'uuid';
import { deterministicJobId } from './deterministic-job-id';

describe('deterministicJobId', () => {
  it('is a name-based (v5) UUID', () => {
    const id = deterministicJobId('routing.expire-callback', 'c1', '0');
    expect(validate(id)).toBe(true);
    expect(version(id)).toBe(5);
  });

  it('is the same for the same parts and differs when any part differs', () => {
    expect(deterministicJobId('a', 'b')).toBe(deterministicJobId('a', 'b'));
    expect(deterministicJobId('a', 'b')).not.toBe(deterministicJobId('a', 'c'));
  });

  it('keeps the parts apart: moving a boundary makes another id', () => {
    expect(deterministicJobId('ab', 'c')).not.toBe(deterministicJobId('a', 'bc'));
  });
});
