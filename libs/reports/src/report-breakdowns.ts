import { Injectable } from '@nestjs/common';
import { Clock, maskSensitiveText } from '@okpay/shared';
import { DateTime } from 'luxon';
import { ReportDimension, ReportEventKind } from './report-event';
import { ReportFilter } from './report-filter';
import { share, sumOf } from './report-overview';
import { ReportRange } from './report-range';
import { RollupRow, RollupTotal } from './report-rollup';
import { Medians, ReportSlices } from './report-slices';
import { ReportsRepository, TicketAtRisk, TicketListed, UnansweredQuestions } from './reports.repository';

/** A turn below this confidence did not understand the customer (the bot's own threshold for a vague question). */
const UNDERSTOOD_FROM = 0.5;
/** Tickets due within this are at risk now. */
const AT_RISK_WITHIN_MS = 60 * 60 * 1000;
const LIST_LIMIT = 100;
const SAMPLES_PER_INTENT = 3;
const NO_MEDIANS: Medians = { wallSeconds: null, businessSeconds: null };

export interface AgentFigures {
  readonly agentId: string;
  readonly name: string | null;
  /** Tickets solved, chats accepted and callbacks answered. */
  readonly handled: number;
  readonly ticketsSolved: number;
  readonly chatsAccepted: number;
  readonly firstResponseMedianSeconds: number | null;
  readonly firstResponseMedianBusinessSeconds: number | null;
  readonly resolutionMedianSeconds: number | null;
  readonly resolutionMedianBusinessSeconds: number | null;
  readonly csatResponses: number;
  readonly csatAverage: number | null;
  readonly slaFirstResponseMetRate: number | null;
  readonly slaResolutionMetRate: number | null;
}

export interface ChannelFigures {
  readonly channel: string;
  readonly ticketsCreated: number;
  readonly ticketsSolved: number;
  readonly conversationsStarted: number;
  readonly firstResponseMedianSeconds: number | null;
  readonly csatResponses: number;
  readonly csatAverage: number | null;
}

export interface IntentFigures {
  readonly intent: string;
  /** Bot conversations that ended in the range whose first question was of this intent. */
  readonly conversations: number;
  readonly resolved: number;
  readonly handedOff: number;
  readonly abandoned: number;
  /** Customer questions in the range the bot classified as this intent, and those it was too unsure of to answer. */
  readonly questions: number;
  readonly notUnderstood: number;
  /** The latest few of those questions, card numbers and codes masked. */
  readonly samples: readonly string[];
}

export interface BotIntentsReport {
  readonly intents: readonly IntentFigures[];
  readonly notUnderstood: UnansweredQuestions;
}

/** Arrivals (tickets created, chats started) per ISO weekday (1 = Monday) and hour in the calendar's zone. */
export interface ArrivalsHeatmap {
  /** `cells[weekday - 1][hour]`. */
  readonly cells: readonly (readonly number[])[];
}

export interface SlaShare {
  readonly value: string;
  readonly firstResponseMet: number;
  readonly firstResponseBreached: number;
  readonly firstResponseMetRate: number | null;
  readonly resolutionMet: number;
  readonly resolutionBreached: number;
  readonly resolutionMetRate: number | null;
}

export interface SlaReport {
  readonly byPriority: readonly SlaShare[];
  readonly byQueue: readonly SlaShare[];
  readonly byAgent: readonly SlaShare[];
  readonly atRisk: readonly TicketAtRisk[];
}

function groupByValue(rows: readonly RollupTotal[]): Map<string, RollupTotal[]> {
  const groups = new Map<string, RollupTotal[]>();
  for (const row of rows) groups.set(row.value, [...(groups.get(row.value) ?? []), row]);
  return groups;
}

function csatAverage(rows: readonly RollupTotal[]): number | null {
  const given = sumOf(rows, 'csat_given');
  return given === 0 ? null : rows.filter((row) => row.metric === 'csat_given').reduce((sum, row) => sum + row.scoreSum, 0) / given;
}

function slaShare(value: string, rows: readonly RollupTotal[]): SlaShare {
  const firstResponseMet = sumOf(rows, 'sla_first_response_met');
  const firstResponseBreached = sumOf(rows, 'sla_first_response_breached');
  const resolutionMet = sumOf(rows, 'sla_resolution_met');
  const resolutionBreached = sumOf(rows, 'sla_resolution_breached');
  return {
    value,
    firstResponseMet,
    firstResponseBreached,
    firstResponseMetRate: share(firstResponseMet, firstResponseMet + firstResponseBreached),
    resolutionMet,
    resolutionBreached,
    resolutionMetRate: share(resolutionMet, resolutionMet + resolutionBreached),
  };
}

const SLA_METRICS: ReportEventKind[] = ['sla_first_response_met', 'sla_first_response_breached', 'sla_resolution_met', 'sla_resolution_breached'];

/** The overview broken down: per agent, channel, bot intent, hour of the week, and SLA per priority, queue and agent. */
@Injectable()
export class ReportBreakdowns {
  constructor(
    private readonly slices: ReportSlices,
    private readonly repository: ReportsRepository,
    private readonly clock: Clock,
  ) {}

  async agents(range: ReportRange, filter: ReportFilter): Promise<AgentFigures[]> {
    const rows = await this.totals(range, filter, 'agent');
    const [firstResponses, resolutions] = await Promise.all([
      this.slices.medians(range, filter, 'ticket_first_response', 'agent', rows),
      this.slices.medians(range, filter, 'ticket_solved', 'agent', rows),
    ]);
    const groups = groupByValue(rows);
    const names = await this.repository.agentNames([...groups.keys()]);
    return [...groups].map(([agentId, group]) => {
      const firstResponse = firstResponses.get(agentId) ?? NO_MEDIANS;
      const resolution = resolutions.get(agentId) ?? NO_MEDIANS;
      const sla = slaShare(agentId, group);
      return {
        agentId,
        name: names.get(agentId) ?? null,
        handled: sumOf(group, 'ticket_solved') + sumOf(group, 'chat_accepted') + sumOf(group, 'callback_answered'),
        ticketsSolved: sumOf(group, 'ticket_solved'),
        chatsAccepted: sumOf(group, 'chat_accepted'),
        firstResponseMedianSeconds: firstResponse.wallSeconds,
        firstResponseMedianBusinessSeconds: firstResponse.businessSeconds,
        resolutionMedianSeconds: resolution.wallSeconds,
        resolutionMedianBusinessSeconds: resolution.businessSeconds,
        csatResponses: sumOf(group, 'csat_given'),
        csatAverage: csatAverage(group),
        slaFirstResponseMetRate: sla.firstResponseMetRate,
        slaResolutionMetRate: sla.resolutionMetRate,
      };
    }).sort((a, b) => b.handled - a.handled || a.agentId.localeCompare(b.agentId));
  }

  async channels(range: ReportRange, filter: ReportFilter): Promise<ChannelFigures[]> {
    const rows = await this.totals(range, filter, 'channel');
    const firstResponses = await this.slices.medians(range, filter, 'ticket_first_response', 'channel', rows);
    return [...groupByValue(rows)]
      .map(([channel, group]) => ({
        channel,
        ticketsCreated: sumOf(group, 'ticket_created'),
        ticketsSolved: sumOf(group, 'ticket_solved'),
        conversationsStarted: sumOf(group, 'chat_started'),
        firstResponseMedianSeconds: firstResponses.get(channel)?.wallSeconds ?? null,
        csatResponses: sumOf(group, 'csat_given'),
        csatAverage: csatAverage(group),
      }))
      .sort((a, b) => a.channel.localeCompare(b.channel));
  }

  async botIntents(range: ReportRange, filter: ReportFilter): Promise<BotIntentsReport> {
    const [rows, questions] = await Promise.all([
      this.totals(range, filter, 'intent', ['bot_resolved', 'bot_handed_off', 'bot_abandoned']),
      this.repository.intentQuestions(range, UNDERSTOOD_FROM, filter.locale, SAMPLES_PER_INTENT),
    ]);
    const groups = groupByValue(rows);
    const asked = new Map(questions.map((entry) => [entry.intent, entry]));
    const intents = [...new Set([...groups.keys(), ...asked.keys()])]
      .map((intent) => {
        const group = groups.get(intent) ?? [];
        const resolved = sumOf(group, 'bot_resolved');
        const handedOff = sumOf(group, 'bot_handed_off');
        const abandoned = sumOf(group, 'bot_abandoned');
        const questions = asked.get(intent);
        return {
          intent,
          conversations: resolved + handedOff + abandoned,
          resolved,
          handedOff,
          abandoned,
          questions: questions?.questions ?? 0,
          notUnderstood: questions?.unsure ?? 0,
          samples: (questions?.samples ?? []).map(maskSensitiveText),
        };
      })
      .sort((a, b) => b.conversations - a.conversations || a.intent.localeCompare(b.intent));
    const notUnderstood = await this.repository.unansweredQuestions(range, UNDERSTOOD_FROM, filter.locale, 20);
    return { intents, notUnderstood: { ...notUnderstood, latest: notUnderstood.latest.map((question) => ({ ...question, text: maskSensitiveText(question.text) })) } };
  }

  async heatmap(range: ReportRange, filter: ReportFilter): Promise<ArrivalsHeatmap> {
    const rows = await this.rows(range, filter, 'hour', ['ticket_created', 'chat_started']);
    const cells = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
    for (const row of rows) cells[DateTime.fromISO(row.day).weekday - 1][Number(row.value)] += row.count;
    return { cells };
  }

  async sla(range: ReportRange, filter: ReportFilter): Promise<SlaReport> {
    const [byPriority, byQueue, byAgent] = await Promise.all(
      (['priority', 'queue', 'agent'] as const).map(async (by) => [...groupByValue(await this.totals(range, filter, by, SLA_METRICS))].map(([value, group]) => slaShare(value, group))),
    );
    const atRisk = await this.repository.ticketsAtRisk(new Date(this.clock.now().getTime() + AT_RISK_WITHIN_MS), LIST_LIMIT);
    return { byPriority, byQueue, byAgent, atRisk };
  }

  /** The tickets behind a figure (a bar of the chart: one kind of event on a day). */
  async ticketsBehind(range: ReportRange, kind: ReportEventKind, filter: ReportFilter): Promise<TicketListed[]> {
    await this.slices.catchUp();
    return this.repository.ticketsBehind(range, kind, filter, LIST_LIMIT);
  }

  private async rows(range: ReportRange, filter: ReportFilter, by: ReportDimension, metrics?: readonly ReportEventKind[]): Promise<RollupRow[]> {
    await this.slices.catchUp();
    return this.slices.rows(range, filter, by, metrics);
  }

  private async totals(range: ReportRange, filter: ReportFilter, by: ReportDimension, metrics?: readonly ReportEventKind[]): Promise<RollupTotal[]> {
    await this.slices.catchUp();
    return this.slices.totals(range, filter, by, metrics);
  }
}
