import { DialogueReport, FailedTurn, Fraction } from './dialogue-scoring';

/** The report as text for a terminal; with `verbose`, every failed turn after the figures. */
export function formatDialogueReport(report: DialogueReport, verbose: boolean): string {
  const lines = [
    `dialogues passed: ${fraction(report.dialoguesPassed)}`,
    `  by locale: ${Object.entries(report.dialoguesPassedByLocale).map(([locale, f]) => `${locale} ${f.count}/${f.of}`).join(', ')}`,
    `  by topic: ${Object.entries(report.dialoguesPassedByTopic).map(([topic, f]) => `${topic} ${f.count}/${f.of}`).join(', ')}`,
    `turns passed: ${fraction(report.turnsPassed)}`,
    `intent accuracy: ${fraction(report.intentAccuracy)}`,
    `wrong confident answers: ${fraction(report.wrongConfidentAnswers)}`,
    `grounded-fact accuracy: ${fraction(report.groundedFactAccuracy)}`,
    `handoff accuracy: ${fraction(report.handoffAccuracy)}`,
    `"none" violations: ${fraction(report.noneViolations)}`,
  ];
  if (verbose && report.failures.length > 0) lines.push('', `failed turns (${report.failures.length}):`, ...report.failures.flatMap(failedTurn));
  return lines.join('\n');
}

/** `87 of 157 (55.4%)`. */
function fraction(f: Fraction): string {
  return f.of === 0 ? '0 of 0' : `${f.count} of ${f.of} (${((100 * f.count) / f.of).toFixed(1)}%)`;
}

function failedTurn(failure: FailedTurn): string[] {
  const { reply } = failure;
  const buttons = reply.quickReplyLabels.length > 0 ? ` [${reply.quickReplyLabels.join(' | ')}]` : '';
  return [
    `- ${failure.dialogueId} turn ${failure.turn}: ${JSON.stringify(failure.say)}`,
    ...failure.problems.map((problem) => `    ${problem}`),
    `    reply (${reply.intent} ${reply.confidence.toFixed(2)}${reply.handoff ? ', handoff' : ''}): ${oneLine(reply.text)}${buttons}`,
  ];
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ⏎ ');
}
