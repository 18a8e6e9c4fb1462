import type { ReportDayView, ReportOverviewView } from '@okpay/contracts';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ApiClient } from './api-client';
import { reportsMessages } from './reports-messages';

const DAY_MS = 86_400_000;
/** The counts drawn as bars per day. */
const CHARTED: readonly Exclude<keyof ReportDayView, 'date'>[] = ['ticketsCreated', 'ticketsSolved', 'conversationsStarted', 'botResolved', 'handoffs'];

/** YYYY-MM-DD of the browser's calendar, `daysAgo` days back. */
function localDate(daysAgo: number): string {
  const day = new Date(Date.now() - daysAgo * DAY_MS);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

/** Headline figures over a range of days, the counts per day as bars, and the rows behind them as CSV. */
export function ReportsPage({ api }: { api: ApiClient }) {
  const m = useMemo(() => reportsMessages(), []);
  const [range, setRange] = useState({ from: localDate(6), to: localDate(0) });
  const [report, setReport] = useState<ReportOverviewView | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    setReport(null);
    setFailed(false);
    api.call('GET /reports/overview', { query: range }).then(setReport, () => setFailed(true));
  }, [api, range.from, range.to]);

  const submit = (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    setRange({ from: String(data.get('from')), to: String(data.get('to')) });
  };
  const download = (rows: 'tickets' | 'conversations') =>
    void api.download(`/api/v1/reports/${rows}.csv?from=${range.from}&to=${range.to}`, `${rows}-${range.from}-${range.to}.csv`).catch(() => setFailed(true));

  const duration = (seconds: number | null) => {
    if (seconds === null) return m.notMeasured;
    const minutes = Math.round(seconds / 60);
    return m.duration(Math.floor(minutes / 60), minutes % 60);
  };
  const inBusinessTime = (seconds: number | null) => (seconds === null ? undefined : m.businessTime(duration(seconds)));
  const percent = (rate: number | null) => (rate === null ? m.notMeasured : `${Math.round(rate * 100)}%`);

  return (
    <main class="reports">
      <header class="topbar">
        <h1>{m.title}</h1>
        <a href="#">{m.backToInbox}</a>
      </header>
      <form class="reports-range" onSubmit={submit}>
        <label>
          {m.from}
          <input type="date" name="from" defaultValue={range.from} required />
        </label>
        <label>
          {m.to}
          <input type="date" name="to" defaultValue={range.to} required />
        </label>
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
      {!report && !failed && <p class="muted">{m.loading}</p>}
      {report && (
        <>
          <p class="muted">{m.timeZone(report.timeZone)}</p>
          <section class="report-cards" aria-label={m.title}>
            {Object.entries(m.counts).map(([name, label]) => (
              <Card key={name} label={label} value={String(report[name as keyof typeof m.counts])} />
            ))}
            <Card label={m.botResolutionRate} value={percent(report.botResolutionRate)} />
            <Card label={m.firstResponseMedian} value={duration(report.firstResponseMedianSeconds)} detail={inBusinessTime(report.firstResponseMedianBusinessSeconds)} />
            <Card label={m.resolutionMedian} value={duration(report.resolutionMedianSeconds)} detail={inBusinessTime(report.resolutionMedianBusinessSeconds)} />
            <Card label={m.csatAverage} value={report.csatAverage === null ? m.notMeasured : report.csatAverage.toFixed(2)} />
            <Card label={m.slaFirstResponseMet} value={percent(report.slaFirstResponseMetRate)} />
            <Card label={m.slaResolutionMet} value={percent(report.slaResolutionMetRate)} />
          </section>
          <DailyBars title={m.perDay} dayLabel={m.day} labels={m.counts} series={report.series} />
        </>
      )}
    </main>
  );
}

function Card({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div class="report-card">
      <span class="muted">{label}</span>
      <strong>{value}</strong>
      {detail && <small class="muted">{detail}</small>}
    </div>
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
