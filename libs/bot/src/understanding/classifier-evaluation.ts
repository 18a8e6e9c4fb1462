import { INTENT_IDS, IntentId } from '@okpay/contracts';

export interface EvaluatedLine {
  readonly locale: string;
  readonly expected: IntentId;
  readonly predicted: IntentId;
  readonly confidence: number;
}

export interface LocaleReport {
  readonly locale: string;
  readonly lines: number;
  readonly inScopeAccuracy: number;
  readonly outOfScopeRecall: number;
  readonly outOfScopePrecision: number;
  /**
   * Lines answered with an in-scope intent that is not the expected one (out-of-scope lines included),
   * over all lines: the error that hurts most, unlike an honest "I can't help with that".
   */
  readonly wrongConfidentRate: number;
  readonly macroF1: number;
  /** Expected calibration error over 10 equal-width confidence bins. */
  readonly calibrationError: number;
  readonly topConfusions: readonly { readonly expected: IntentId; readonly predicted: IntentId; readonly count: number }[];
}

export type EvaluationReport = readonly LocaleReport[];

const ratio = (part: number, whole: number): number => (whole === 0 ? NaN : part / whole);

/** The measures `bot:eval` prints, per locale and for all lines together. */
export function evaluateClassifier(lines: readonly EvaluatedLine[]): EvaluationReport {
  const locales = [...new Set(lines.map((l) => l.locale))].sort();
  return [...locales.map((locale) => reportFor(locale, lines.filter((l) => l.locale === locale))), reportFor('all', lines)];
}

function reportFor(locale: string, lines: readonly EvaluatedLine[]): LocaleReport {
  const inScope = lines.filter((l) => l.expected !== 'out_of_scope');
  const outOfScope = lines.filter((l) => l.expected === 'out_of_scope');
  const rejected = lines.filter((l) => l.predicted === 'out_of_scope');
  const f1s = INTENT_IDS.filter((intent) => lines.some((l) => l.expected === intent)).map((intent) => {
    const tp = lines.filter((l) => l.expected === intent && l.predicted === intent).length;
    const precision = ratio(tp, lines.filter((l) => l.predicted === intent).length) || 0;
    const recall = ratio(tp, lines.filter((l) => l.expected === intent).length) || 0;
    return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  });
  const confusions = new Map<string, number>();
  for (const l of lines.filter((x) => x.expected !== x.predicted)) {
    const key = `${l.expected}→${l.predicted}`;
    confusions.set(key, (confusions.get(key) ?? 0) + 1);
  }
  return {
    locale,
    lines: lines.length,
    inScopeAccuracy: ratio(inScope.filter((l) => l.predicted === l.expected).length, inScope.length),
    outOfScopeRecall: ratio(outOfScope.filter((l) => l.predicted === 'out_of_scope').length, outOfScope.length),
    outOfScopePrecision: ratio(rejected.filter((l) => l.expected === 'out_of_scope').length, rejected.length),
    wrongConfidentRate: ratio(lines.filter((l) => l.predicted !== 'out_of_scope' && l.predicted !== l.expected).length, lines.length),
    macroF1: f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length),
    calibrationError: expectedCalibrationError(lines),
    topConfusions: [...confusions]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 8)
      .map(([key, count]) => {
        const [expected, predicted] = key.split('→') as [IntentId, IntentId];
        return { expected, predicted, count };
      }),
  };
}

function expectedCalibrationError(lines: readonly EvaluatedLine[]): number {
  const bins = Array.from({ length: 10 }, () => ({ count: 0, confidence: 0, correct: 0 }));
  for (const l of lines) {
    const bin = bins[Math.min(9, Math.floor(l.confidence * 10))];
    bin.count++;
    bin.confidence += l.confidence;
    bin.correct += l.expected === l.predicted ? 1 : 0;
  }
  return bins.reduce((sum, b) => sum + (b.count === 0 ? 0 : (b.count / lines.length) * Math.abs(b.correct / b.count - b.confidence / b.count)), 0);
}

const pct = (value: number): string => (Number.isNaN(value) ? '   n/a' : `${(value * 100).toFixed(1).padStart(5)}%`);

export function formatEvaluationReport(report: EvaluationReport): string {
  const rows = [
    'locale  lines  in-scope acc  oos recall  oos precision  macro-F1  calibration err (ECE)',
    ...report.map(
      (r) =>
        `${r.locale.padEnd(6)} ${String(r.lines).padStart(6)}  ${pct(r.inScopeAccuracy).padStart(12)}  ${pct(r.outOfScopeRecall).padStart(10)}  ${pct(r.outOfScopePrecision).padStart(13)}  ${pct(r.macroF1).padStart(8)}  ${r.calibrationError.toFixed(3).padStart(8)}`,
    ),
    '',
    'top confusions (expected → predicted):',
    ...report.flatMap((r) => [`  ${r.locale}:`, ...r.topConfusions.map((c) => `    ${String(c.count).padStart(3)}  ${c.expected} → ${c.predicted}`)]),
  ];
  return rows.join('\n');
}

/** One row of `bot:eval`'s summary: a file (or the grouped cross-validation) and a locale. */
export interface SummaryRow {
  readonly source: string;
  /** How the source may be used ("sealed — reported, never tuned on"). */
  readonly use: string;
  readonly report: LocaleReport;
}

export function formatEvaluationSummary(rows: readonly SummaryRow[]): string {
  const sourceWidth = Math.max(6, ...rows.map((r) => r.source.length));
  return [
    `${'source'.padEnd(sourceWidth)}  locale  lines  in-scope acc  oos recall  wrong-confident  use`,
    ...rows.map(
      ({ source, use, report: r }) =>
        `${source.padEnd(sourceWidth)}  ${r.locale.padEnd(6)} ${String(r.lines).padStart(6)}  ${pct(r.inScopeAccuracy).padStart(12)}  ${pct(r.outOfScopeRecall).padStart(10)}  ${pct(r.wrongConfidentRate).padStart(15)}  ${use}`,
    ),
  ].join('\n');
}
