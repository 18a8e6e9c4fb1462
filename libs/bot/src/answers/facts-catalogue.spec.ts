import { catalogueFactNames, FACT_NAMES, findKnowledgeBaseDir, withExampleValues } from '@okpay/knowledge-base';
import { DEMO_SUPPORT_CALENDAR, parseBusinessCalendar } from '@okpay/shared';
import { FEE_SCHEDULE, KYC_LIMITS } from '@okpay/wallet-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFactValues } from './article-fact-values';
import { FACTS_EXAMPLE_MOMENT, factsCatalogueExamples } from './facts-catalogue-examples';
import { feeRuleText, money } from './locale-format';

const factsPath = join(findKnowledgeBaseDir(), 'FACTS.md');

describe('knowledge-base/FACTS.md', () => {
  it('shows the example values the fact engine renders (run `npm run kb:facts` after changing a source)', () => {
    const written = readFileSync(factsPath, 'utf8');
    expect(written).toBe(withExampleValues(written, factsCatalogueExamples()));
  });

  it('quotes wallet-core, not a copy of it', () => {
    const written = readFileSync(factsPath, 'utf8');
    const example = (name: string) => new RegExp(`^\\| \`${name.replace(/\./g, '\\.')}\` \\| [^|]* \\| (.*) \\|$`, 'm').exec(written)?.[1];
    expect(example('fees.domesticTransfer')).toBe(feeRuleText(FEE_SCHEDULE.domesticTransfer, 'en'));
    expect(example('fees.cardTopUp')).toBe(feeRuleText(FEE_SCHEDULE.cardTopUp, 'en'));
    expect(example('limits.basic.transfer.daily')).toBe(money(KYC_LIMITS.basic.transfer.daily, 'en'));
    expect(example('limits.full.payment.daily')).toBe(money(KYC_LIMITS.full.payment.daily, 'en'));
  });
});

describe('articleFactValues', () => {
  const parsed = parseBusinessCalendar(DEMO_SUPPORT_CALENDAR);
  if (!parsed.ok) throw new Error('demo calendar');
  const sources = { calendar: parsed.calendar, hotline: '400-000-0000', email: 'support@okpay.test' };

  it.each(['en', 'zh-CN'] as const)('gives every fact an article may name, and only those, in %s', (locale) => {
    const values = articleFactValues(locale, FACTS_EXAMPLE_MOMENT, sources);
    expect(Object.keys(values).sort()).toEqual([...FACT_NAMES].sort());
    expect(Object.values(values).every((value) => value.trim() !== '')).toBe(true);
    expect(catalogueFactNames(readFileSync(factsPath, 'utf8')).sort()).toEqual(Object.keys(values).sort());
  });

  it('names the tier a cross-border transfer needs as the answers name it', () => {
    expect(articleFactValues('zh-CN', FACTS_EXAMPLE_MOMENT, sources)['transfers.crossBorderMinimumTier']).toBe('基础认证');
    expect(articleFactValues('en', FACTS_EXAMPLE_MOMENT, sources)['transfers.crossBorderMinimumTier']).toBe('basic');
  });
});
