import { INTENT_IDS, LOCALES } from '@okpay/contracts';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findKnowledgeBaseDir, KnowledgeBase } from './knowledge-base';
import { InvalidKnowledgeBaseError } from './knowledge-base.errors';

describe('KnowledgeBase', () => {
  const real = findKnowledgeBaseDir();

  it('loads the real articles: one per intent and locale, each with examples', () => {
    const kb = KnowledgeBase.load(real);
    for (const locale of LOCALES) {
      for (const intent of INTENT_IDS) expect(kb.forIntent(locale, intent).examples.length).toBeGreaterThanOrEqual(60);
    }
    expect(kb.trainingExamples().every((e) => e.intent !== 'out_of_scope')).toBe(true);
    expect(kb.article('en', 'refund')?.sections.duration).toMatch(/^\*\*How long it takes\*\*\n/);
  });

  describe('refuses a broken knowledge base, naming every problem', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'kb-'));
      cpSync(real, dir, { recursive: true });
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    const problems = (): string[] => {
      try {
        KnowledgeBase.load(dir);
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidKnowledgeBaseError);
        return [...(error as InvalidKnowledgeBaseError).problems];
      }
      throw new Error('loaded a broken knowledge base');
    };
    const edit = (locale: string, id: string, change: (text: string) => string) => {
      const path = join(dir, locale, `${id}.md`);
      writeFileSync(path, change(readFileSync(path, 'utf8')));
    };

    it('a missing translation', () => {
      rmSync(join(dir, 'en', 'fees.md'));
      expect(problems()).toEqual(expect.arrayContaining([expect.stringContaining('en: intent fees has 0 articles'), expect.stringContaining('fees.md: no en translation')]));
    });

    it('an unknown fact', () => {
      edit('en', 'fees', (text) => `${text}\nThe fee is {{fees.teleportation}}.\n`);
      expect(problems()).toEqual([expect.stringContaining('unknown fact "fees.teleportation"')]);
    });

    it('a helper, block or triple brace instead of a plain fact', () => {
      edit('en', 'fees', (text) => `${text}\n{{#each x}}y{{/each}}\n`);
      edit('zh-CN', 'fees', (text) => `${text}\n{{{support.hotline}}}\n`);
      expect(problems()).toEqual(expect.arrayContaining([expect.stringContaining('only {{name}} expressions'), expect.stringContaining('triple braces')]));
    });

    it('an unknown aspect or a section heading the body does not have', () => {
      edit('en', 'refund', (text) => text.replace('sections:\n', 'sections:\n  speed: "How long it takes"\n'));
      edit('zh-CN', 'refund', (text) => text.replace('**到账时间**', '**多久到账**'));
      expect(problems()).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/en\/refund\.md: unknown aspect "speed"/),
          expect.stringMatching(/zh-CN\/refund\.md: "sections\.duration": the body has 0 bold heading lines "\*\*到账时间\*\*"/),
        ]),
      );
    });

    it('a translation that answers other aspects', () => {
      edit('en', 'fees', (text) => text.replace(/^ {2}reason: .*\n/m, ''));
      expect(problems()).toEqual([expect.stringMatching(/en\/fees\.md: sections for \[cost\] but the zh-CN translation has \[cost, reason\]/)]);
    });

    it('an unknown intent, a bad related link and invalid YAML', () => {
      edit('en', 'fees', (text) => text.replace('intent: fees', 'intent: teleport'));
      edit('en', 'refund', (text) => text.replace(/related: \[[^\]]*\]/, 'related: [no-such-article]'));
      edit('zh-CN', 'refund', (text) => text.replace('---\n', '---\nid: [unclosed\n'));
      expect(problems()).toEqual(
        expect.arrayContaining([
          expect.stringContaining('unknown intent "teleport"'),
          expect.stringContaining('related article "no-such-article" does not exist'),
          expect.stringContaining('not valid YAML'),
        ]),
      );
    });
  });
});
