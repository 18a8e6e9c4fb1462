/** Codes raised by @okpay/tickets. */
export const TICKETS_ERROR_CODES = [
  'ticket_not_found',
  'ticket_closed',
  'tickets_not_mergeable',
  'ticket_not_solved',
  'satisfaction_already_given',
  'internal_notes_agents_only',
  'internal_note_not_allowed',
  'conversation_not_found',
  'conversation_closed',
  'attachment_not_found',
  'unsupported_attachment_type',
  'attachment_too_large',
  'empty_message',
  'message_too_long',
  'csat_not_allowed',
  'canned_response_not_found',
  'macro_not_found',
  'name_taken',
  'invalid_reply_template',
  'contact_not_found',
  'contacts_not_mergeable',
  'ticket_view_not_found',
  'too_many_ticket_views',
  'ticket_changed',
] as const;

export type TicketsErrorCode = (typeof TICKETS_ERROR_CODES)[number];
