import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose changes are events: the function that turns a change into events, and which updates can make one. */
const RECORDED_TABLES = [
  { table: 'tickets', fn: 'report_ticket_events', changed: 'OLD.first_responded_at IS DISTINCT FROM NEW.first_responded_at OR OLD.solved_at IS DISTINCT FROM NEW.solved_at OR OLD.status IS DISTINCT FROM NEW.status' },
  { table: 'ticket_satisfaction', fn: 'report_satisfaction_events', changed: null },
  { table: 'conversations', fn: 'report_conversation_events', changed: 'OLD.closed_at IS DISTINCT FROM NEW.closed_at OR OLD.csat_score IS DISTINCT FROM NEW.csat_score' },
  { table: 'bot_conversations', fn: 'report_bot_events', changed: 'OLD.outcome IS DISTINCT FROM NEW.outcome' },
  { table: 'chat_queue_entries', fn: 'report_chat_queue_events', changed: 'OLD.status IS DISTINCT FROM NEW.status' },
  { table: 'callback_requests', fn: 'report_callback_events', changed: 'OLD.status IS DISTINCT FROM NEW.status' },
] as const;

/**
 * Reporting events and their daily rollups.
 *
 * The events are written by triggers on the tables whose changes they record, so each lands in the
 * same transaction as its change, whichever lib (or import, or bulk statement) made it, and no lib
 * needs to know that reports exist. A trigger knows the wall-clock duration; the business-time one
 * needs the support calendar, so the reports' roll-up fills it in when it adds the event to the
 * rollups (`rolled_at`).
 *
 * Rollups hold, per calendar day, metric (the event kind) and one dimension at a time (all, agent,
 * queue, channel, locale, priority, hour, intent): a count, sums, and sparse histograms of the
 * durations keyed by log bucket, because medians cannot be summed.
 */
export class ReportEvents1780940000000 implements MigrationInterface {
  name = 'ReportEvents1780940000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind text NOT NULL,
        at timestamptz NOT NULL,
        -- Where the measured duration starts (ticket creation, queue arrival...), if it has one.
        started_at timestamptz,
        wall_seconds integer,
        business_seconds integer,
        -- The ticket's SLA pauses when the event happened: business time does not count them.
        pauses jsonb,
        ticket_id uuid,
        conversation_id uuid,
        callback_id uuid,
        agent_id uuid,
        queue text,
        channel text,
        locale text,
        priority text,
        intent text,
        score integer,
        rolled_at timestamptz
      )`);
    await q.query(`CREATE INDEX report_events_kind_at ON report_events (kind, at)`);
    await q.query(`CREATE INDEX report_events_unrolled ON report_events (id) WHERE rolled_at IS NULL`);

    await q.query(`
      CREATE TABLE report_daily (
        dimension text NOT NULL,
        value text NOT NULL,
        day date NOT NULL,
        metric text NOT NULL,
        count bigint NOT NULL,
        score_sum bigint NOT NULL DEFAULT 0,
        wall_seconds_sum bigint NOT NULL DEFAULT 0,
        business_seconds_sum bigint NOT NULL DEFAULT 0,
        wall_histogram jsonb NOT NULL DEFAULT '{}',
        business_histogram jsonb NOT NULL DEFAULT '{}',
        PRIMARY KEY (dimension, value, day, metric)
      )`);
    await q.query(`
      CREATE FUNCTION report_histogram_sum(a jsonb, b jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
        SELECT coalesce(jsonb_object_agg(bucket, total), '{}')
        FROM (SELECT key AS bucket, sum(value::text::bigint) AS total
              FROM (SELECT * FROM jsonb_each(a) UNION ALL SELECT * FROM jsonb_each(b)) pairs GROUP BY key) summed
      $$`);

    // Not-understood questions are read by day: the bot's turns had no index on time.
    await q.query(`CREATE INDEX bot_turns_created_at ON bot_turns (created_at)`);
    // The triggers look up a closed chat's agent and an answered callback's agent.
    await q.query(`CREATE INDEX chat_queue_entries_conversation ON chat_queue_entries (conversation_id, assigned_at DESC)`);
    await q.query(`CREATE INDEX callback_attempts_callback ON callback_attempts (callback_id, id DESC)`);

    await q.query(`
      CREATE FUNCTION report_event(kind text, at timestamptz, started_at timestamptz, dims jsonb) RETURNS void LANGUAGE sql AS $$
        INSERT INTO report_events (kind, at, started_at, wall_seconds, pauses, ticket_id, conversation_id, callback_id, agent_id, queue, channel, locale, priority, intent, score)
        VALUES (kind, at, started_at, CASE WHEN started_at IS NULL THEN NULL ELSE round(extract(epoch FROM at - started_at))::integer END,
                dims->'pauses', (dims->>'ticket')::uuid, (dims->>'conversation')::uuid, (dims->>'callback')::uuid, (dims->>'agent')::uuid,
                dims->>'queue', dims->>'channel', dims->>'locale', dims->>'priority', dims->>'intent', (dims->>'score')::integer)
      $$`);

    await q.query(`
      CREATE FUNCTION report_ticket_events(old_row tickets, new_row tickets) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        dims jsonb := jsonb_build_object('ticket', new_row.id, 'agent', new_row.assignee_agent_id, 'queue', new_row.group_name, 'channel', new_row.channel,
                                         'locale', new_row.language, 'priority', new_row.priority, 'pauses', new_row.sla_pauses);
      BEGIN
        IF old_row.id IS NULL THEN
          PERFORM report_event('ticket_created', new_row.created_at, NULL, dims);
        END IF;
        IF new_row.first_responded_at IS NOT NULL AND (old_row.id IS NULL OR old_row.first_responded_at IS NULL) THEN
          PERFORM report_event('ticket_first_response', new_row.first_responded_at, new_row.created_at, dims);
          PERFORM report_event(CASE WHEN new_row.first_response_due_at IS NULL OR new_row.first_responded_at <= new_row.first_response_due_at
                                    THEN 'sla_first_response_met' ELSE 'sla_first_response_breached' END, new_row.first_responded_at, NULL, dims);
        END IF;
        IF new_row.solved_at IS NOT NULL AND (old_row.id IS NULL OR old_row.solved_at IS DISTINCT FROM new_row.solved_at) THEN
          PERFORM report_event('ticket_solved', new_row.solved_at, new_row.created_at, dims);
          PERFORM report_event(CASE WHEN new_row.resolution_due_at IS NULL OR new_row.solved_at <= new_row.resolution_due_at
                                    THEN 'sla_resolution_met' ELSE 'sla_resolution_breached' END, new_row.solved_at, NULL, dims);
        END IF;
        IF old_row.id IS NOT NULL AND old_row.status IN ('solved', 'closed') AND new_row.status NOT IN ('solved', 'closed') THEN
          PERFORM report_event('ticket_reopened', new_row.updated_at, NULL, dims);
        END IF;
      END $$`);

    await q.query(`
      CREATE FUNCTION report_satisfaction_events(old_row ticket_satisfaction, new_row ticket_satisfaction) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM report_event('csat_given', new_row.created_at, NULL,
          jsonb_build_object('ticket', t.id, 'agent', t.assignee_agent_id, 'queue', t.group_name, 'channel', t.channel,
                             'locale', t.language, 'priority', t.priority, 'score', new_row.score))
        FROM tickets t WHERE t.id = new_row.ticket_id;
      END $$`);

    // A chat's agent is the one its latest queue entry was assigned to.
    await q.query(`
      CREATE FUNCTION report_conversation_events(old_row conversations, new_row conversations) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        dims jsonb := jsonb_build_object('conversation', new_row.id, 'queue', 'chat', 'channel', 'chat', 'locale', new_row.locale,
          'agent', (SELECT assigned_agent_id FROM chat_queue_entries WHERE conversation_id = new_row.id AND assigned_agent_id IS NOT NULL
                    ORDER BY assigned_at DESC LIMIT 1));
      BEGIN
        IF old_row.id IS NULL THEN
          PERFORM report_event('chat_started', new_row.created_at, NULL, dims);
        END IF;
        IF new_row.closed_at IS NOT NULL AND (old_row.id IS NULL OR old_row.closed_at IS NULL) THEN
          PERFORM report_event('chat_closed', new_row.closed_at, new_row.created_at, dims);
        END IF;
        IF new_row.csat_score IS NOT NULL AND (old_row.id IS NULL OR old_row.csat_score IS NULL) THEN
          PERFORM report_event('csat_given', new_row.updated_at, NULL, dims || jsonb_build_object('score', new_row.csat_score));
        END IF;
      END $$`);

    // A bot conversation's intent, for the per-intent report, is that of its first turn.
    await q.query(`
      CREATE FUNCTION report_bot_events(old_row bot_conversations, new_row bot_conversations) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        dims jsonb := jsonb_build_object('conversation', new_row.id, 'queue', 'bot', 'channel', 'chat', 'locale', new_row.locale,
          'intent', (SELECT intent FROM bot_turns WHERE conversation_id = new_row.id ORDER BY seq LIMIT 1));
      BEGIN
        IF old_row.id IS NULL THEN
          PERFORM report_event('bot_started', new_row.created_at, NULL, dims);
        END IF;
        IF new_row.outcome <> 'open' AND (old_row.id IS NULL OR old_row.outcome = 'open') THEN
          PERFORM report_event('bot_' || new_row.outcome, new_row.outcome_at, new_row.created_at, dims);
        END IF;
      END $$`);

    await q.query(`
      CREATE FUNCTION report_chat_queue_events(old_row chat_queue_entries, new_row chat_queue_entries) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        dims jsonb := jsonb_build_object('conversation', new_row.conversation_id, 'queue', 'chat', 'channel', 'chat', 'locale', new_row.language, 'agent', new_row.assigned_agent_id);
      BEGIN
        IF old_row.id IS NULL THEN
          PERFORM report_event('chat_queued', new_row.updated_at, NULL, dims);
        END IF;
        IF new_row.status = 'assigned' AND (old_row.id IS NULL OR old_row.status <> 'assigned') THEN
          PERFORM report_event('chat_accepted', coalesce(new_row.assigned_at, new_row.updated_at), new_row.arrived_at, dims);
        END IF;
      END $$`);

    await q.query(`
      CREATE FUNCTION report_callback_events(old_row callback_requests, new_row callback_requests) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        dims jsonb := jsonb_build_object('callback', new_row.id, 'queue', 'callback', 'channel', 'phone', 'locale', new_row.locale);
      BEGIN
        IF old_row.id IS NULL THEN
          PERFORM report_event('callback_requested', new_row.created_at, NULL, dims);
        END IF;
        IF old_row.id IS NOT NULL AND old_row.status = 'scheduled' AND new_row.status = 'completed' THEN
          PERFORM report_event('callback_answered', new_row.updated_at, new_row.created_at,
            dims || jsonb_build_object('agent', (SELECT agent_id FROM callback_attempts WHERE callback_id = new_row.id ORDER BY id DESC LIMIT 1)));
        ELSIF old_row.id IS NOT NULL AND old_row.status = 'scheduled' AND new_row.status IN ('unreachable', 'expired') THEN
          PERFORM report_event('callback_missed', new_row.updated_at, new_row.created_at, dims);
        END IF;
      END $$`);

    for (const { table, fn, changed } of RECORDED_TABLES) {
      await q.query(`
        CREATE FUNCTION ${fn}_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM ${fn}(OLD, NEW);
          RETURN NULL;
        END $$`);
      await q.query(`CREATE TRIGGER ${table}_report_events_insert AFTER INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION ${fn}_trigger()`);
      // Only the changes that make an event call the function: a chat's every message updates its row.
      if (changed)
        await q.query(`CREATE TRIGGER ${table}_report_events_update AFTER UPDATE ON ${table} FOR EACH ROW WHEN (${changed}) EXECUTE FUNCTION ${fn}_trigger()`);
      // What happened before the events existed is recorded once, as if each row had just been inserted.
      await q.query(`SELECT ${fn}(NULL, recorded) FROM ${table} recorded`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { table, fn } of [...RECORDED_TABLES].reverse()) {
      await q.query(`DROP TRIGGER IF EXISTS ${table}_report_events_update ON ${table}`);
      await q.query(`DROP TRIGGER ${table}_report_events_insert ON ${table}`);
      await q.query(`DROP FUNCTION ${fn}_trigger`);
      await q.query(`DROP FUNCTION ${fn}`);
    }
    await q.query(`DROP FUNCTION report_event`);
    await q.query(`DROP INDEX callback_attempts_callback`);
    await q.query(`DROP INDEX chat_queue_entries_conversation`);
    await q.query(`DROP INDEX bot_turns_created_at`);
    await q.query(`DROP FUNCTION report_histogram_sum`);
    await q.query(`DROP TABLE report_daily`);
    await q.query(`DROP TABLE report_events`);
  }
}
