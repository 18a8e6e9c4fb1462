import { fillFacts, templateFactNames } from './article-template';

describe('article templates', () => {
  it('lists the facts a template names', () => {
    expect(templateFactNames('Call {{support.hotline}} during {{support.hours}}.')).toEqual({ names: ['support.hotline', 'support.hours'] });
  });

  it('fills facts as plain text, and refuses to render a fact it was not given', () => {
    expect(fillFacts('Fee: {{fees.cardTopUp}}', { 'fees.cardTopUp': '0.6% <b>' })).toBe('Fee: 0.6% <b>');
    expect(() => fillFacts('{{fees.unknown}}', {})).toThrow();
  });

  it('fills the same template afresh for each set of facts (the compiled template is reused, never an answer)', () => {
    const template = 'Open {{support.hours}}';
    expect(fillFacts(template, { 'support.hours': '09:00–18:00' })).toBe('Open 09:00–18:00');
    expect(fillFacts(template, { 'support.hours': '10:00–16:00' })).toBe('Open 10:00–16:00');
    expect(() => fillFacts(template, {})).toThrow();
  });
});
