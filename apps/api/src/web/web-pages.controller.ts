import { ApiErrorCode } from '@okpay/contracts';
import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@okpay/auth';
import { DomainError } from '@okpay/shared';
import type { FastifyReply } from 'fastify';
import { BuiltFrontEnds } from './built-front-ends';
import { FAVICON_ICO } from './favicon';
import { PAGE_SECURITY_HEADERS, WIDGET_SCRIPT_HEADERS } from './page-security';

/** Paths outside /api/v1 that this controller and `DemoPagesController` serve (excluded from the global prefix). */
export const WEB_PAGE_PATHS = ['widget.js', 'inbox', 'demo', 'demo/site.css', 'favicon.ico'] as const;

/** The built widget script, the inbox page and the favicon (the demo host page is `DemoPagesController`). */
@ApiExcludeController()
@Public()
@Controller()
export class WebPagesController {
  constructor(private readonly frontEnds: BuiltFrontEnds) {}

  @Get('widget.js')
  widget(@Res({ passthrough: true }) reply: FastifyReply): Buffer {
    reply.headers(WIDGET_SCRIPT_HEADERS);
    return this.built(this.frontEnds.widgetScript());
  }

  @Get('inbox')
  inbox(@Res({ passthrough: true }) reply: FastifyReply): Buffer {
    reply.headers({ ...PAGE_SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8' });
    return this.built(this.frontEnds.inboxPage());
  }

  /** Browsers ask every origin for it; answered, so no page logs a 404. */
  @Get('favicon.ico')
  favicon(@Res({ passthrough: true }) reply: FastifyReply): Buffer {
    reply.headers({ 'content-type': 'image/x-icon', 'cache-control': 'public, max-age=86400' });
    return FAVICON_ICO;
  }

  private built(file: Buffer | null): Buffer {
    if (!file) throw new DomainError<ApiErrorCode>('front_ends_not_built', 'The widget and inbox are not built: run `npm run build`.');
    return file;
  }
}
