import { compileReplyTemplate, InvalidReplyTemplateError } from './reply-template';

const CONTEXT = { ticket: { reference: '#10042', subject: 'Top-up', status: 'open' }, customer: { name: 'Li Wei' }, agent: { name: 'Ann' } };

describe('compileReplyTemplate', () => {
  it('renders the variables a reply may use', () => {
    expect(compileReplyTemplate('Hello {{customer.name}}, about {{ticket.reference}}')(CONTEXT)).toBe('Hello Li Wei, about #10042');
  });

  it.each([
    '{{lookup this "constructor"}}',
    'Hi {{lookup ticket "__proto__"}}',
    '{{ticket.constructor}}',
    '{{#with ticket}}{{toString}}{{/with}} x',
    '{{lookup customer "hasOwnProperty"}} x',
  ])('refuses a prototype property: %s', (body) => {
    expect(() => compileReplyTemplate(body)).toThrow(InvalidReplyTemplateError);
  });

  it.each(['{{#if ticket.subject}}{{/if}}', '   ', '{{#with ticket}} {{/with}}'])('refuses a template that renders an empty reply: %j', (body) => {
    expect(() => compileReplyTemplate(body)).toThrow(/empty/);
  });

  it('still refuses unknown variables', () => {
    expect(() => compileReplyTemplate('{{customer.phone}}')).toThrow(InvalidReplyTemplateError);
  });
});
