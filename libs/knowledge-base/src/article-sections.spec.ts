import { articleSections } from './article-sections';

const body = [
  'Intro line.',
  '',
  '**How long it takes**',
  '',
  'Usually {{refunds.businessDaysMax}} days.',
  '',
  '1. **Not a heading:** a bold step inside a list.',
  '',
  '**Check your refund**',
  '',
  'Open the payment.',
].join('\n');

describe('articleSections', () => {
  it('cuts each declared section from its bold heading line to the next one, or to the end', () => {
    expect(articleSections({ duration: 'How long it takes', status: 'Check your refund' }, body)).toEqual({
      duration: '**How long it takes**\n\nUsually {{refunds.businessDaysMax}} days.\n\n1. **Not a heading:** a bold step inside a list.',
      status: '**Check your refund**\n\nOpen the payment.',
    });
  });

  it('lets two aspects share a section, and an article declare none', () => {
    const both = articleSections({ duration: 'Check your refund', status: 'Check your refund' }, body);
    expect(both).toEqual({ duration: '**Check your refund**\n\nOpen the payment.', status: '**Check your refund**\n\nOpen the payment.' });
    expect(articleSections(undefined, body)).toEqual({});
  });

  it('names every unknown aspect, missing or repeated heading and malformed value', () => {
    const repeated = `${body}\n\n**Check your refund**\n\nAgain.`;
    expect(articleSections({ speed: 'How long it takes', duration: 'How long it usually takes', steps: 'Not a heading:', cost: 3 }, body)).toEqual([
      'unknown aspect "speed" in "sections"',
      expect.stringContaining('"sections.duration": the body has 0 bold heading lines "**How long it usually takes**"'),
      expect.stringContaining('"sections.steps": the body has 0'),
      '"sections.cost" must be a section heading',
    ]);
    expect(articleSections({ status: 'Check your refund' }, repeated)).toEqual([expect.stringContaining('has 2 bold heading lines')]);
    expect(articleSections(['duration'], body)).toEqual(['"sections" must map aspects to section headings']);
  });
});
