import type { ReportDayView } from '@okpay/contracts';
import { useEffect, useRef } from 'preact/hooks';

/** The count drawn as bars (a click on one lists its tickets), and those drawn as lines. */
export const BAR_COUNT = 'ticketsCreated' satisfies keyof ReportDayView;
const LINE_COUNTS = ['ticketsSolved', 'conversationsStarted', 'botResolved', 'handoffs'] as const satisfies readonly (keyof ReportDayView)[];
const COLOURS: Record<typeof BAR_COUNT | (typeof LINE_COUNTS)[number], string> = {
  ticketsCreated: '#4f7cff',
  ticketsSolved: '#17a673',
  conversationsStarted: '#f0a020',
  botResolved: '#8e5bd6',
  handoffs: '#d6455b',
};
const HEIGHT = 260;

/**
 * Counts per day as a uPlot chart: the tickets created as bars, the others as lines. uPlot (and its
 * stylesheet) is fetched only when this chart is first drawn, so the inbox itself never loads it.
 */
export function DailyChart({ series, labels, title, onPickDay }: { series: readonly ReportDayView[]; labels: Record<string, string>; title: string; onPickDay: (date: string) => void }) {
  const holder = useRef<HTMLDivElement>(null);
  const pick = useRef(onPickDay);
  pick.current = onPickDay;

  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    void Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([{ default: UPlot }]) => {
      const element = holder.current;
      if (cancelled || !element) return;
      // Days by their index, each labelled with its date: a scale of time would stretch a day or two over years.
      const days = series.map((_, index) => index);
      const bars = UPlot.paths.bars?.({ size: [0.6, 60] });
      const plot = new UPlot(
        {
          width: Math.max(320, element.clientWidth),
          height: HEIGHT,
          scales: { x: { time: false, auto: false, range: [-0.5, days.length - 0.5] } },
          axes: [{ splits: () => days.filter((index) => index % Math.ceil(days.length / 12) === 0), values: (_u, ticks) => ticks.map((tick) => series[tick]?.date.slice(5) ?? '') }, {}],
          series: [
            {},
            { label: labels[BAR_COUNT], stroke: COLOURS[BAR_COUNT], fill: `${COLOURS[BAR_COUNT]}99`, paths: bars, points: { show: false } },
            ...LINE_COUNTS.map((name) => ({ label: labels[name], stroke: COLOURS[name], width: 2 })),
          ],
        },
        [days, series.map((day) => day[BAR_COUNT]), ...LINE_COUNTS.map((name) => series.map((day) => day[name]))],
        element,
      );
      // A click anywhere on a day's column picks that day (the bar is the column's widest mark).
      plot.over.addEventListener('click', () => {
        const index = plot.cursor.idx;
        if (index !== null && index !== undefined) pick.current(series[index].date);
      });
      chart = plot;
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [series, labels]);

  return <figure class="report-chart" ref={holder} aria-label={title} />;
}
