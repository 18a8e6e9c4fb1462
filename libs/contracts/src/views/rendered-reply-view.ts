import { Static, Type } from '@sinclair/typebox';
import { MacroViewSchema } from './macro-view';
import { Nullable } from './nullable';

/** A canned response as it reads on one ticket or chat, its variables filled in, for the agent to edit. */
export const RenderedReplyViewSchema = Type.Object({ cannedResponseId: Type.String({ format: 'uuid' }), body: Type.String() }, { $id: 'RenderedReplyView' });
export type RenderedReplyView = Static<typeof RenderedReplyViewSchema>;

/** What applying a macro to a ticket would do: its field changes and the reply it would send. */
export const MacroPreviewViewSchema = Type.Composite([MacroViewSchema, Type.Object({ reply: Nullable(Type.String()) })], { $id: 'MacroPreviewView' });
export type MacroPreviewView = Static<typeof MacroPreviewViewSchema>;
