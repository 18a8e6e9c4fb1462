import type { CollisionAnnouncement } from '@okpay/contracts';
import { IsIn, IsUUID } from 'class-validator';

export class CollisionAnnouncementPayload implements CollisionAnnouncement {
  @IsIn(['ticket', 'conversation'])
  kind!: 'ticket' | 'conversation';

  @IsUUID()
  id!: string;

  @IsIn(['viewing', 'typing', 'left'])
  state!: 'viewing' | 'typing' | 'left';
}
