import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { bearerToken, PrincipalAuthenticator } from '@okpay/auth';
import { toProblem } from './problem-mapping';

export const API_DOCS_PATH = 'api/docs';

/**
 * In production the OpenAPI document and its UI (registered straight on Fastify by Swagger, out of
 * reach of Nest's guards) need an agent's bearer token; elsewhere they stay public.
 */
export function requireAgentForApiDocs(app: NestFastifyApplication): void {
  const authenticator = app.get(PrincipalAuthenticator);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request, reply) => {
      const path = request.url.split('?')[0];
      if (path !== `/${API_DOCS_PATH}` && !path.startsWith(`/${API_DOCS_PATH}/`)) return;
      try {
        await authenticator.authenticate(bearerToken(request.headers.authorization), { kinds: ['agent'] });
      } catch (error) {
        const { problem, headers } = toProblem(error);
        problem.requestId = request.id;
        return reply
          .status(problem.status)
          .headers({ ...headers, 'content-type': 'application/problem+json; charset=utf-8' })
          .send(problem);
      }
    });
}
