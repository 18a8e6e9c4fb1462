import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@okpay/auth';
import { JobScheduler } from '@okpay/database';
import { APP_CONFIG, AppConfig, DATABASE_RETRY_AFTER_SECONDS, ServiceUnavailableError } from '@okpay/shared';
import { DataSource } from 'typeorm';
import { ApiErrorCode, HealthView, HealthViewSchema } from '@okpay/contracts';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobScheduler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The app listens only after migrations and seeding, so answering means ready; the query proves
   * the database is reachable, and the job queue's own connections are checked too: every role
   * needs it (api and mail schedule jobs, workers run them).
   */
  @Get()
  @Public()
  @ApiAnswer({ summary: "Readiness of this process: its roles, and that the database and the job queue answer", body: HealthViewSchema })
  async health(): Promise<HealthView> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableError<ApiErrorCode>('database_unavailable', 'The database cannot be reached.', DATABASE_RETRY_AFTER_SECONDS);
    }
    if (!(await this.jobs.isUp())) {
      throw new ServiceUnavailableError<ApiErrorCode>('job_queue_unavailable', 'The job queue cannot reach its tables.', DATABASE_RETRY_AFTER_SECONDS);
    }
    return { status: 'ok', roles: [...this.config.roles], database: 'up', jobQueue: 'up' };
  }
}
