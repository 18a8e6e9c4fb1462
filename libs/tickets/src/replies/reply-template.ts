import { TicketsErrorCode } from '@okpay/contracts';
import { DomainError } from '@okpay/shared';
import Handlebars from 'handlebars';

/** What a canned response may use. The app fills it for each ticket. */
export interface ReplyContext {
  readonly ticket: { readonly reference: string; readonly subject: string; readonly status: string };
  readonly customer: { readonly name: string };
  readonly agent: { readonly name: string };
}

const SAMPLE: ReplyContext = {
  ticket: { reference: '#10001', subject: 'subject', status: 'open' },
  customer: { name: 'customer' },
  agent: { name: 'agent' },
};

export class InvalidReplyTemplateError extends DomainError<TicketsErrorCode> {
  constructor(detail: string) {
    super('invalid_reply_template', `The template cannot be used: ${detail}`);
  }
}

/**
 * Strict templates: a variable that does not exist fails when the template is saved, not when an
 * agent sends it. Output is plain text (replies are rendered as text everywhere), so no escaping.
 * Handlebars quietly renders a prototype property (`{{lookup this "constructor"}}`) as nothing,
 * so such names are refused, and so is a template whose reply would be empty.
 */
export function compileReplyTemplate(body: string): (context: ReplyContext) => string {
  let render: Handlebars.TemplateDelegate<ReplyContext>;
  let sample: string;
  try {
    const prototypeName = prototypeNameIn(Handlebars.parse(body));
    if (prototypeName !== undefined) throw new InvalidReplyTemplateError(`"${prototypeName}" is not a variable`);
    render = Handlebars.compile<ReplyContext>(body, { strict: true, noEscape: true, knownHelpersOnly: true, knownHelpers: {} });
    sample = render(SAMPLE);
  } catch (error) {
    if (error instanceof InvalidReplyTemplateError) throw error;
    throw new InvalidReplyTemplateError(error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
  if (sample.trim() === '') throw new InvalidReplyTemplateError('the reply would be empty');
  return render;
}

/** Names every object has through its prototype; none of them is a variable of a reply. */
function isPrototypeName(name: string): boolean {
  return name === '__proto__' || name === 'prototype' || name in Object.prototype;
}

/** The first path segment or string argument (what `lookup` takes) naming a prototype property. */
function prototypeNameIn(program: hbs.AST.Program): string | undefined {
  let found: string | undefined;
  const visitor = new Handlebars.Visitor();
  visitor.PathExpression = (path: hbs.AST.PathExpression) => {
    found ??= path.parts.find(isPrototypeName);
  };
  visitor.StringLiteral = (literal: hbs.AST.StringLiteral) => {
    if (isPrototypeName(literal.value)) found ??= literal.value;
  };
  visitor.accept(program);
  return found;
}
