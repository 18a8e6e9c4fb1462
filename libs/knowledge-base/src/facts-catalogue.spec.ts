import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueFactNames, withExampleValues } from './facts-catalogue';
import { FACT_NAMES } from './fact-names';
import { findKnowledgeBaseDir } from './knowledge-base';

const SAMPLE = [
  '# Facts',
  '',
  '| Name | Meaning | Example value |',
  '|---|---|---|',
  '| `fees.cardTopUp` | Fee for a card top-up | 0.1% |',
  '| `support.hotline` | Phone number | 400 |',
  '',
  'A closing note | with a bar.',
].join('\n');

describe('the facts catalogue', () => {
  it('replaces only the example column of fact rows', () => {
    const rendered = withExampleValues(SAMPLE, { 'fees.cardTopUp': '0.6%', 'support.hotline': '400-000-0000' });
    expect(rendered).toBe(SAMPLE.replace('| 0.1% |', '| 0.6% |').replace('| 400 |', '| 400-000-0000 |'));
  });

  it('keeps a value with a bar inside its cell', () => {
    expect(withExampleValues(SAMPLE, { 'fees.cardTopUp': 'a | b', 'support.hotline': '400' })).toContain('| a \\| b |');
  });

  it('refuses a row whose fact has no value', () => {
    expect(() => withExampleValues(SAMPLE, { 'fees.cardTopUp': '0.6%' })).toThrow('"support.hotline"');
  });

  it('knowledge-base/FACTS.md describes every fact an article may name, each once', () => {
    const names = catalogueFactNames(readFileSync(join(findKnowledgeBaseDir(), 'FACTS.md'), 'utf8'));
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual([...FACT_NAMES].sort());
  });
});
