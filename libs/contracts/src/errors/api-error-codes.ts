/** Codes raised by the api app itself: its controllers, HTTP pipes, socket gateways, jobs and limits. */
export const API_ERROR_CODES = [
  'not_found',
  'forbidden',
  'queue_not_found',
  'not_queued',
  'attachment_not_found',
  'conversation_required',
  'unsupported_media_type',
  'invalid_utf8',
  'invalid_job_payload',
  'front_ends_not_built',
  'help_page_not_found',
  'unknown_event',
  'unknown_namespace',
  'payload_too_large',
  'conversation_not_followed',
  'empty_message',
  'message_already_left',
  'forbidden_origin',
  'rate_limited',
  'socket_rate_limited',
  'database_unavailable',
  'job_queue_unavailable',
  'article_not_found',
  'role_not_allowed',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
