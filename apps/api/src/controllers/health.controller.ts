import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@okpay/auth';
import { DATABASE_RETRY_AFTER_SECONDS, ServiceUnavailableError } from '@okpay/shared';
import { DataSource } from 'typeorm';
import { ApiErrorCode, HealthViewSchema } from '@okpay/contracts';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** The app listens only after migrations and seeding, so answering means ready; the query proves the database is reachable. */
  @Get()
  @Public()
  @ApiAnswer({ summary: 'Readiness: the app is up and the database answers', body: HealthViewSchema })
  async health(): Promise<{ status: 'ok' }> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableError<ApiErrorCode>('database_unavailable', 'The database cannot be reached.', DATABASE_RETRY_AFTER_SECONDS);
    }
    return { status: 'ok' };
  }
}
