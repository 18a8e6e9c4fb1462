import { ApiProperty } from '@nestjs/swagger';
import { BotOutcomeCountsView, BotOutcomeName } from '@okpay/contracts';
import { Matches } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Calendar days in the support calendar's zone, both inclusive. */
export class BotOutcomesQuery {
  @ApiProperty({ format: 'date', pattern: DATE.source, example: '2027-01-04', description: 'First day, YYYY-MM-DD in the support calendar’s zone.' })
  @Matches(DATE, { message: '$property must be YYYY-MM-DD' })
  from!: string;

  @ApiProperty({ format: 'date', pattern: DATE.source, example: '2027-01-10', description: 'Last day (inclusive), YYYY-MM-DD.' })
  @Matches(DATE, { message: '$property must be YYYY-MM-DD' })
  to!: string;
}

class BotOutcomeCountsSchema implements Record<BotOutcomeName, number> {
  @ApiProperty({ description: 'Still running: no outcome yet.' })
  open!: number;

  @ApiProperty({ description: 'Handed to a person: a ticket, the chat queue or a callback.' })
  handed_off!: number;

  @ApiProperty({ description: 'The customer confirmed the answer helped, or left without asking more after an answer.' })
  resolved!: number;

  @ApiProperty({ description: 'The customer went silent without having been answered.' })
  abandoned!: number;
}

/** The response's schema for the OpenAPI document. */
export class BotOutcomeCountsResponse implements BotOutcomeCountsView {
  @ApiProperty({ example: '2027-01-04' })
  from!: string;

  @ApiProperty({ example: '2027-01-10' })
  to!: string;

  @ApiProperty({ example: 'Asia/Shanghai', description: 'The zone the days are counted in.' })
  timeZone!: string;

  @ApiProperty({ type: BotOutcomeCountsSchema, description: 'Bot conversations started in the range, by outcome.' })
  counts!: BotOutcomeCountsSchema;

  @ApiProperty()
  total!: number;
}
