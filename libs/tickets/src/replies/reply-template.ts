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

export class InvalidReplyTemplateError extends DomainError {
  constructor(detail: string) {
    super('invalid_input', 'invalid_reply_template', `The template cannot be used: ${detail}`);
  }
}

/**
 * Strict templates: a variable that does not exist fails when the template is saved, not when an
 * agent sends it. Output is plain text (replies are rendered as text everywhere), so no escaping.
 */
export function compileReplyTemplate(body: string): (context: ReplyContext) => string {
  let render: Handlebars.TemplateDelegate<ReplyContext>;
  try {
    render = Handlebars.compile<ReplyContext>(body, { strict: true, noEscape: true, knownHelpersOnly: true, knownHelpers: {} });
    render(SAMPLE);
  } catch (error) {
    throw new InvalidReplyTemplateError(error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
  return render;
}
