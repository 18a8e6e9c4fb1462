import { Locale, LOCALES } from '@okpay/contracts';
import { findKnowledgeBaseDir, KnowledgeBase } from '@okpay/knowledge-base';
import { KYC_TIERS } from '@okpay/wallet-core';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { botMessage } from '../messages/bot-messages';

interface GlossaryEntry {
  readonly concept: string;
  readonly names: Readonly<Record<Locale, string>>;
  readonly forbidden: Readonly<Record<Locale, readonly string[]>>;
}

const kbDir = findKnowledgeBaseDir();
const repoDir = dirname(kbDir);

/** knowledge-base/GLOSSARY.md's table: concept | en | zh-CN | not (en) | not (zh-CN). */
function readGlossary(): GlossaryEntry[] {
  const list = (cell: string) => cell.split(',').map((word) => word.trim()).filter((word) => word !== '');
  return readFileSync(join(kbDir, 'GLOSSARY.md'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| Concept '))
    .map((line) => line.slice(2, -2).split(' | '))
    .map(([concept, en, zh, notEn, notZh]) => ({ concept, names: { en, 'zh-CN': zh }, forbidden: { en: list(notEn), 'zh-CN': list(notZh) } }));
}

/** What a customer reads of an article: its title and body, not the examples (customers' own words). */
function articleTexts(locale: Locale): { where: string; text: string }[] {
  return KnowledgeBase.load(kbDir)
    .list(locale)
    .map((article) => ({ where: relative(repoDir, article.sourcePath), text: `${article.title}\n${article.body}` }));
}

/** Source files with strings the bot or the chat shows to people (the sources of answers and catalogs). */
function answerSources(): { where: string; text: string }[] {
  const roots = ['libs/bot/src', 'apps/api/src/chat', 'apps/widget/src'];
  const files = roots.flatMap((root) =>
    readdirSync(join(repoDir, root), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.spec.ts'))
      .map((name) => join(root, name)),
  );
  return files.map((where) => ({ where, text: readFileSync(join(repoDir, where), 'utf8') }));
}

function uses(text: string, word: string): boolean {
  // Latin words match whole words in any case ("Advanced verification" too); Chinese ones anywhere.
  return /[a-z]/i.test(word) ? new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text) : text.includes(word);
}

describe('one name per concept (knowledge-base/GLOSSARY.md)', () => {
  const glossary = readGlossary();

  it('has every concept with a name in both locales', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(5);
    for (const entry of glossary) for (const locale of LOCALES) expect(entry.names[locale]).toMatch(/\S/);
  });

  it('names each verification tier as the bot answers do', () => {
    for (const tier of KYC_TIERS) {
      const entry = glossary.find((e) => e.concept === `Tier \`${tier}\``);
      expect(entry?.names).toEqual({ en: botMessage('en', `tier.${tier}`), 'zh-CN': botMessage('zh-CN', `tier.${tier}`) });
    }
  });

  it.each(LOCALES)('articles in %s never use a forbidden synonym', (locale) => {
    const found = articleTexts(locale).flatMap(({ where, text }) =>
      glossary.flatMap((entry) => entry.forbidden[locale].filter((word) => uses(text, word)).map((word) => `${where}: "${word}" (say "${entry.names[locale]}")`)),
    );
    expect(found).toEqual([]);
  });

  it('bot and chat strings never use a forbidden synonym', () => {
    const found = answerSources().flatMap(({ where, text }) =>
      glossary.flatMap((entry) =>
        LOCALES.flatMap((locale) => entry.forbidden[locale].filter((word) => uses(text, word)).map((word) => `${where}: "${word}" (say "${entry.names[locale]}")`)),
      ),
    );
    expect(found).toEqual([]);
  });

  it.each(LOCALES)('the %s limits article names every tier by its glossary name', (locale) => {
    const limits = articleTexts(locale).find(({ where }) => where.endsWith('transaction-limits.md'))!.text;
    for (const tier of KYC_TIERS) expect(uses(limits, botMessage(locale, `tier.${tier}`))).toBe(true);
  });

  it('catches a forbidden synonym, in any case, and not the right name', () => {
    const basic = glossary.find((e) => e.concept === 'Tier `basic`')!;
    expect(basic.forbidden['zh-CN'].some((word) => uses('升级到初级认证后', word))).toBe(true);
    expect(basic.forbidden['zh-CN'].some((word) => uses('升级到基础认证后', word))).toBe(false);
    const full = glossary.find((e) => e.concept === 'Tier `full`')!;
    expect(full.forbidden.en.some((word) => uses('Move up to Advanced verification.', word))).toBe(true);
    expect(full.forbidden.en.some((word) => uses('Move up to the full tier.', word))).toBe(false);
  });
});
