import type { ReportAgentView, ReportBotIntentsView, ReportDayView, ReportHeatmapView, ReportOverviewView, ReportQuery, ReportSlaView, ReportTicketView } from '@okpay/contracts';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ApiClient } from './api-client';
import { BAR_COUNT, DailyChart } from './reports-chart';
import { reportsMessages, ReportsMessages } from './reports-messages';
import './reports.css';

const DAY_MS = 86_400_000;
/** The counts drawn as bars per day. */
const CHARTED: readonly Exclude<keyof ReportDayView, 'date'>[] = ['ticketsCreated', 'ticketsSolved', 'conversationsStarted', 'botResolved', 'handoffs'];
/** The counts shown as cards. */
const CARD_COUNTS = ['ticketsCreated', 'ticketsSolved', 'ticketsReopened', 'conversationsStarted', 'botConversations', 'botResolved', 'handoffs', 'csatResponses', 'callbacksRequested'] as const;
const FILTERS = ['channel', 'locale', 'priority'] as const;
type FilterName = (typeof FILTERS)[number];

interface Figures {
  readonly overview: ReportOverviewView;
  readonly agents: ReportAgentView[];
  readonly heatmap: ReportHeatmapView;
  readonly intents: ReportBotIntentsView;
  readonly sla: ReportSlaView;
}

/** YYYY-MM-DD of the browser's calendar, `daysAgo` days back. */
function localDate(daysAgo: number): string {
  const day = new Date(Date.now() - daysAgo * DAY_MS);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

/** Headline figures against the period before, the counts per day charted, the breakdowns, and the rows behind them. */
export function ReportsPage({ api }: { api: ApiClient }) {
  const m = useMemo(() => reportsMessages(), []);
  const [query, setQuery] = useState<ReportQuery>({ from: localDate(6), to: localDate(0) });
  const [figures, setFigures] = useState<Figures | null>(null);
  const [failed, setFailed] = useState(false);
  const [picked, setPicked] = useState<{ date: string; tickets: ReportTicketView[] | null } | null>(null);

  useEffect(() => {
    setFigures(null);
    setFailed(false);
    setPicked(null);
    Promise.all([
      api.call('GET /reports/overview', { query }),
      api.call('GET /reports/agents', { query }),
      api.call('GET /reports/heatmap', { query }),
      api.call('GET /reports/bot-intents', { query }),
      api.call('GET /reports/sla', { query }),
    ]).then(([overview, agents, heatmap, intents, sla]) => setFigures({ overview, agents, heatmap, intents, sla }), () => setFailed(true));
  }, [api, query]);

  const submit = (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const chosen = Object.fromEntries(FILTERS.flatMap((name) => (data.get(name) ? [[name, String(data.get(name))]] : [])));
    setQuery({ from: String(data.get('from')), to: String(data.get('to')), ...chosen });
  };
  const download = (rows: 'tickets' | 'conversations') =>
    void api.download(`/api/v1/reports/${rows}.csv?from=${query.from}&to=${query.to}`, `${rows}-${query.from}-${query.to}.csv`).catch(() => setFailed(true));
  const pickDay = (date: string) => {
    setPicked({ date, tickets: null });
    api.call('GET /reports/tickets', { query: { ...query, from: date, to: date, figure: BAR_COUNT } }).then((tickets) => setPicked({ date, tickets }), () => setFailed(true));
  };

  const duration = (seconds: number | null) => {
    if (seconds === null) return m.notMeasured;
    const minutes = Math.round(seconds / 60);
    return m.duration(Math.floor(minutes / 60), minutes % 60);
  };
  const inBusinessTime = (seconds: number | null) => (seconds === null ? undefined : m.businessTime(duration(seconds)));
  const percent = (rate: number | null) => (rate === null ? m.notMeasured : `${Math.round(rate * 100)}%`);
  const report = figures?.overview;
  const change = (now: number | null, before: number | null) => {
    if (!report) return undefined;
    const { from, to } = report.previous;
    if (now === null || before === null || before === 0) return m.noChange(from, to);
    const delta = Math.round(((now - before) / before) * 100);
    return m.change(`${delta > 0 ? '+' : ''}${delta}%`, from, to);
  };

  return (
    <main class="reports">
      <header class="topbar">
        <h1>{m.title}</h1>
        <a href="#">{m.backToInbox}</a>
      </header>
      <form class="reports-range" onSubmit={submit}>
        <label>
          {m.from}
          <input type="date" name="from" defaultValue={query.from} required />
        </label>
        <label>
          {m.to}
          <input type="date" name="to" defaultValue={query.to} required />
        </label>
        <FilterSelect name="channel" label={m.channel} any={m.any} options={m.channels} />
        <FilterSelect name="locale" label={m.locale} any={m.any} options={m.locales} />
        <FilterSelect name="priority" label={m.priority} any={m.any} options={m.priorities} />
        <button type="submit" class="primary">
          {m.show}
        </button>
        <button type="button" onClick={() => download('tickets')}>
          {m.downloadTickets}
        </button>
        <button type="button" onClick={() => download('conversations')}>
          {m.downloadConversations}
        </button>
      </form>
      {failed && (
        <p role="alert" class="error">
          {m.failed}
        </p>
      )}
      {!figures && !failed && <p class="muted">{m.loading}</p>}
      {figures && report && (
        <>
          <p class="muted">{m.timeZone(report.timeZone)}</p>
          <section class="report-cards" aria-label={m.title}>
            {CARD_COUNTS.map((name) => (
              <Card key={name} label={m.counts[name]} value={String(report[name])} change={change(report[name], report.previous[name])} />
            ))}
            <Card label={m.botResolutionRate} value={percent(report.botResolutionRate)} change={change(report.botResolutionRate, report.previous.botResolutionRate)} />
            <Card
              label={m.firstResponseMedian}
              value={duration(report.firstResponseMedianSeconds)}
              detail={inBusinessTime(report.firstResponseMedianBusinessSeconds)}
              change={change(report.firstResponseMedianSeconds, report.previous.firstResponseMedianSeconds)}
            />
            <Card
              label={m.resolutionMedian}
              value={duration(report.resolutionMedianSeconds)}
              detail={inBusinessTime(report.resolutionMedianBusinessSeconds)}
              change={change(report.resolutionMedianSeconds, report.previous.resolutionMedianSeconds)}
            />
            <Card label={m.csatAverage} value={report.csatAverage === null ? m.notMeasured : report.csatAverage.toFixed(2)} change={change(report.csatAverage, report.previous.csatAverage)} />
            <Card label={m.slaFirstResponseMet} value={percent(report.slaFirstResponseMetRate)} change={change(report.slaFirstResponseMetRate, report.previous.slaFirstResponseMetRate)} />
            <Card label={m.slaResolutionMet} value={percent(report.slaResolutionMetRate)} change={change(report.slaResolutionMetRate, report.previous.slaResolutionMetRate)} />
          </section>
          <section class="report-panel">
            <h2>{m.chart}</h2>
            <p class="muted">{m.chartHint}</p>
            <DailyChart series={report.series} labels={m.counts} title={m.chart} onPickDay={pickDay} />
            {picked && <PickedTickets m={m} date={picked.date} tickets={picked.tickets} onClose={() => setPicked(null)} />}
          </section>
          <DailyBars title={m.perDay} dayLabel={m.day} labels={m.counts} series={report.series} />
          <Heatmap m={m} cells={figures.heatmap.cells} />
          <AgentsTable m={m} agents={figures.agents} duration={duration} percent={percent} />
          <IntentsTable m={m} intents={figures.intents} />
          <Unanswered m={m} intents={figures.intents} />
          <AtRisk m={m} sla={figures.sla} />
        </>
      )}
    </main>
  );
}

function FilterSelect({ name, label, any, options }: { name: FilterName; label: string; any: string; options: Readonly<Record<string, string>> }) {
  return (
    <label>
      {label}
      <select name={name}>
        <option value="">{any}</option>
        {Object.entries(options).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

function Card({ label, value, detail, change }: { label: string; value: string; detail?: string; change?: string }) {
  return (
    <div class="report-card">
      <span class="muted">{label}</span>
      <strong>{value}</strong>
      {detail && <small class="muted">{detail}</small>}
      {change && <small class="report-change">{change}</small>}
    </div>
  );
}

function PickedTickets({ m, date, tickets, onClose }: { m: ReportsMessages; date: string; tickets: ReportTicketView[] | null; onClose: () => void }) {
  return (
    <section class="report-picked" aria-label={m.ticketsCreatedOn(date)}>
      <h3>{m.ticketsCreatedOn(date)}</h3>
      {tickets === null && <p class="muted">{m.loading}</p>}
      {tickets?.length === 0 && <p class="muted">{m.noTickets}</p>}
      {tickets && tickets.length > 0 && (
        <ul>
          {tickets.map((ticket) => (
            <li key={ticket.id}>
              <strong>#{ticket.number}</strong> {ticket.subject}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onClose}>
        {m.close}
      </button>
    </section>
  );
}

/** A table that is also the chart: each count a bar scaled to the largest count of the range. */
function DailyBars({ title, dayLabel, labels, series }: { title: string; dayLabel: string; labels: Record<string, string>; series: readonly ReportDayView[] }) {
  const largest = Math.max(1, ...series.flatMap((day) => CHARTED.map((name) => day[name])));
  return (
    <table class="report-series">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{dayLabel}</th>
          {CHARTED.map((name) => (
            <th scope="col" key={name}>
              {labels[name]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {series.map((day) => (
          <tr key={day.date}>
            <th scope="row">{day.date}</th>
            {CHARTED.map((name) => (
              <td key={name}>
                <span class={`bar bar-${name}`} style={{ width: `${(day[name] / largest) * 100}%` }} />
                <span class="bar-value">{day[name]}</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Weekdays down, hours across, each cell shaded by its share of the busiest hour. */
function Heatmap({ m, cells }: { m: ReportsMessages; cells: number[][] }) {
  const busiest = Math.max(1, ...cells.flat());
  return (
    <table class="report-heatmap">
      <caption>{m.heatmap}</caption>
      <thead>
        <tr>
          <th scope="col">{m.hour}</th>
          {cells[0].map((_, hour) => (
            <th scope="col" key={hour}>
              {hour}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {cells.map((hours, weekday) => (
          <tr key={weekday}>
            <th scope="row">{m.weekdays[weekday]}</th>
            {hours.map((count, hour) => (
              <td key={hour} style={{ background: `rgba(79, 124, 255, ${count / busiest})` }} title={String(count)}>
                {count || ''}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AgentsTable({ m, agents, duration, percent }: { m: ReportsMessages; agents: ReportAgentView[]; duration: (s: number | null) => string; percent: (r: number | null) => string }) {
  return (
    <table class="report-series">
      <caption>{m.agents}</caption>
      <thead>
        <tr>
          {[m.agent, m.handled, m.firstResponseMedian, m.resolutionMedian, m.csat, m.slaMet].map((label) => (
            <th scope="col" key={label}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {agents.length === 0 && (
          <tr>
            <td colSpan={6} class="muted">
              {m.noAgents}
            </td>
          </tr>
        )}
        {agents.map((agent) => (
          <tr key={agent.agentId}>
            <th scope="row">{agent.name ?? agent.agentId}</th>
            <td>{agent.handled}</td>
            <td>{duration(agent.firstResponseMedianSeconds)}</td>
            <td>{duration(agent.resolutionMedianSeconds)}</td>
            <td>{agent.csatAverage === null ? m.notMeasured : agent.csatAverage.toFixed(2)}</td>
            <td>{percent(agent.slaFirstResponseMetRate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function IntentsTable({ m, intents }: { m: ReportsMessages; intents: ReportBotIntentsView }) {
  return (
    <table class="report-series">
      <caption>{m.intents}</caption>
      <thead>
        <tr>
          {[m.intent, m.botConversationsEnded, m.resolvedByBot, m.handedOff, m.notUnderstood, m.samples].map((label) => (
            <th scope="col" key={label}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {intents.intents.map((row) => (
          <tr key={row.intent}>
            <th scope="row">{row.intent}</th>
            <td>{row.conversations}</td>
            <td>{row.resolved}</td>
            <td>{row.handedOff}</td>
            <td>{row.notUnderstood}</td>
            <td>{row.samples.join(' · ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Unanswered({ m, intents }: { m: ReportsMessages; intents: ReportBotIntentsView }) {
  return (
    <section class="report-panel" aria-label={m.unanswered}>
      <h2>{m.unanswered}</h2>
      <p class="muted">{m.unansweredCount(intents.notUnderstood.count)}</p>
      <ul>
        {intents.notUnderstood.latest.map((question) => (
          <li key={`${question.at}-${question.text}`} lang={question.locale}>
            {question.text}
          </li>
        ))}
      </ul>
    </section>
  );
}

function AtRisk({ m, sla }: { m: ReportsMessages; sla: ReportSlaView }) {
  return (
    <section class="report-panel" aria-label={m.atRisk}>
      <h2>{m.atRisk}</h2>
      {sla.atRisk.length === 0 && <p class="muted">{m.noneAtRisk}</p>}
      <ul>
        {sla.atRisk.map((ticket) => (
          <li key={`${ticket.id}-${ticket.target}`}>
            <strong>#{ticket.number}</strong> {ticket.subject} · {m.dueAt} {new Date(ticket.dueAt).toLocaleString()}
          </li>
        ))}
      </ul>
    </section>
  );
}
