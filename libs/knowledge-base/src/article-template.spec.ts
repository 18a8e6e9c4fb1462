import { fillFacts, templateFactNames } from './article-template';

describe('article templates', () => {
  it('lists the facts a template names', () => {
    expect(templateFactNames('Call {{support.hotline}} during {{support.hours}}.')).toEqual({ names: ['support.hotline', 'support.hours'] });
  });

  it('fills facts as plain text, and refuses to render a fact it was not given', () => {
    expect(fillFacts('Fee: {{fees.cardTopUp}}', { 'fees.cardTopUp': '0.6% <b>' })).toBe('Fee: 0.6% <b>');
    expect(() => fillFacts('{{fees.unknown}}', {})).toThrow();
  });
});
