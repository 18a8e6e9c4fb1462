import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Calendar days in the support calendar's zone, both inclusive. */
export class DayRangeQuery {
  @ApiProperty({ format: 'date', pattern: DATE.source, example: '2027-01-04', description: 'First day, YYYY-MM-DD in the support calendar’s zone.' })
  @Matches(DATE, { message: '$property must be YYYY-MM-DD' })
  from!: string;

  @ApiProperty({ format: 'date', pattern: DATE.source, example: '2027-01-10', description: 'Last day (inclusive), YYYY-MM-DD.' })
  @Matches(DATE, { message: '$property must be YYYY-MM-DD' })
  to!: string;
}
