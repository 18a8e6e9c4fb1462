import { NestApplicationOptions, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { existsSync } from 'node:fs';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { MAX_ATTACHMENT_BYTES } from '@okpay/contracts';
import { APP_CONFIG, AppConfig } from '@okpay/shared';
import { ApiModule, ApiModuleOptions } from './app.module';
import { ChatSocketAdapter } from './chat/chat-socket-adapter';
import { API_DOCS_PATH, requireAgentForApiDocs } from './http/api-docs-access';
import { answerFrameworkError } from './http/framework-errors';
import { serveHealthOnly } from './http/health-only';
import { describeOperationAnswers } from './http/openapi/operation-answers';
import { assertSafeUrl } from './http/safe-url';
import { useHelpVoteFormBodies } from './http/help-vote-form-body';
import { useStrictJsonBodies } from './http/strict-json-body';
import { createAppLogger, requestIdFor } from './logging/logger-options';
import { PinoNestLogger } from './logging/pino-nest-logger';
import { RequestLogController } from './logging/request-log-controller';
import { BuiltFrontEnds } from './web/built-front-ends';
import { WEB_PAGE_PATHS } from './web/web-pages.controller';
import { allowWidgetCrossOrigin } from './web/widget-cors';

export const API_PREFIX = 'api/v1';

/**
 * Builds the HTTP application the same way for `npm start` and for e2e tests. Fastify, because
 * it measured about 2.7x Express for NestJS JSON endpoints on our 2-core machine.
 */
export async function createApiApp(options: ApiModuleOptions): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(options), createApiAdapter(options), API_APP_OPTIONS);
  return initApiApp(app);
}

/** Nest's own body parsers stay off: it would add a form-encoded one; the adapter sets up ours. */
export const API_APP_OPTIONS: NestApplicationOptions = { bufferLogs: true, bodyParser: false };

const JSON_BODY_LIMIT = 1024 * 1024;

export function createApiAdapter(options: ApiModuleOptions): FastifyAdapter {
  const adapter = new FastifyAdapter({
    trustProxy: options.config.trustProxy,
    bodyLimit: JSON_BODY_LIMIT,
    // Fastify's logger is the app's: each request gets a child bound to its id (from requestIdFor).
    loggerInstance: createAppLogger(options.config),
    logController: new RequestLogController(),
    genReqId: requestIdFor,
    frameworkErrors: answerFrameworkError,
  });
  // JSON routes take JSON only (form-encoded, text and multipart bodies are 415, but for the no-JS help vote), strictly checked.
  useStrictJsonBodies(adapter.getInstance(), JSON_BODY_LIMIT);
  useHelpVoteFormBodies(adapter.getInstance());
  // Chat attachments arrive as raw bytes; only this content type may be as large as a file.
  adapter.getInstance().addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES }, (_request, body, done) =>
    done(null, body),
  );
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    try {
      assertSafeUrl(request.url);
    } catch (error) {
      return done(error as Error);
    }
    done();
  });
  allowWidgetCrossOrigin(adapter.getInstance());
  if (!options.config.roles.includes('api')) serveHealthOnly(adapter.getInstance());
  return adapter;
}

/** Logger, prefix, OpenAPI document, then init: the same for `npm start` and for tests that override providers. */
export async function initApiApp(app: NestFastifyApplication): Promise<NestFastifyApplication> {
  app.useLogger(new PinoNestLogger(app.getHttpAdapter().getInstance().log));
  app.useWebSocketAdapter(new ChatSocketAdapter(app));
  // Pages for people (help centre, widget, inbox, demo) live at the root; everything for programs under /api/v1.
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      ...WEB_PAGE_PATHS,
      { path: 'help', method: RequestMethod.GET },
      { path: 'help/*path', method: RequestMethod.GET },
      // The help centre's vote without JavaScript posts to the article's own path.
      { path: 'help/*path', method: RequestMethod.POST },
    ],
  });
  serveInboxAssets(app);

  const document = describeOperationAnswers(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('OKPay Support API')
        .setDescription('REST API of OKPay Support. Errors are application/problem+json with a stable `code`.')
        .setVersion('1')
        .addBearerAuth()
        .build(),
    ),
    app,
  );
  if (app.get<AppConfig>(APP_CONFIG).nodeEnv === 'production') requireAgentForApiDocs(app);
  SwaggerModule.setup(API_DOCS_PATH, app, document, { jsonDocumentUrl: `${API_DOCS_PATH}/openapi.json` });

  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/** The inbox's hashed JS/CSS files: served as they are, cached for good (a new build has new names). */
function serveInboxAssets(app: NestFastifyApplication): void {
  const dir = app.get(BuiltFrontEnds).inboxAssetsDir;
  if (!existsSync(dir)) return; // not built: /inbox answers 503 and says so
  app.useStaticAssets({ root: dir, prefix: '/inbox/assets/', decorateReply: false, immutable: true, maxAge: '365d', index: false });
}
