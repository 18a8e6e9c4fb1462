import { Static, Type } from '@sinclair/typebox';
import { ATTACHMENT_CONTENT_TYPES } from '../chat';
import { StringEnum } from './string-enum';

export const AttachmentViewSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    fileName: Type.String(),
    contentType: StringEnum(ATTACHMENT_CONTENT_TYPES),
    size: Type.Integer({ description: 'Bytes.' }),
    url: Type.String({ description: 'Relative URL; needs the same token as the upload.' }),
  },
  { $id: 'AttachmentView' },
);
export type AttachmentView = Static<typeof AttachmentViewSchema>;
