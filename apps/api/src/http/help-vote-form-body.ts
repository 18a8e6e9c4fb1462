import { assertSafeInput } from '@okpay/shared';
import { errorCodes, FastifyInstance } from 'fastify';

/** The only route that takes a form: the help centre's "Was this helpful?" sent without JavaScript. */
const FORM_ROUTE = /^\/help\/(?:zh-CN|en)\/[a-z0-9-]{1,80}\/vote$/;
const FORM_BODY_LIMIT = 1024;

/**
 * Form-encoded bodies for the no-JavaScript vote, as a flat object of strings, checked like JSON
 * input. Every other route answers a form with 415, as before.
 */
export function useHelpVoteFormBodies(fastify: FastifyInstance): void {
  fastify.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT }, (request, body, done) => {
    if (!FORM_ROUTE.test(request.url)) return done(new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE('application/x-www-form-urlencoded'), undefined);
    try {
      const fields = Object.fromEntries(new URLSearchParams(body as string));
      assertSafeInput(fields);
      done(null, fields);
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}
