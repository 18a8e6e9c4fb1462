export { ArticleFacts } from './answers/article-facts.service';
export { factsCatalogueExamples } from './answers/facts-catalogue-examples';
export { BotModule, BotModuleImports } from './bot.module';
export { BotConversationNotFoundError } from './dialog/bot-conversation.errors';
export { BotConversations } from './dialog/bot-conversations.service';
export { BotChannel, BotTurn, BotTurnRequest } from './dialog/bot-turn';
export { BotKnowledge } from './knowledge/bot-knowledge';
export { isSecurityIncident } from './handoff/handoff-policy';
export { BOT_OUTCOMES, BOT_SILENCE_MS, BotHandoffChannel, BotOutcome, BotResolution } from './outcomes/bot-outcome';
export { BotOutcomeCounts, BotOutcomeRecord, BotOutcomes } from './outcomes/bot-outcomes.service';
export { BOT_SILENCE_SWEEP_JOB } from './outcomes/silence-sweep-job';
export { markdownToChatText } from './knowledge/markdown-to-chat-text';
export { extractEntities, MessageEntities, MoneyMention } from './understanding/entity-extractor';
export { ClassifierCalibration, IntentClassifier, IntentPrediction, LabelledUtterance, RankedIntent } from './understanding/intent-classifier';
export { normalizeText } from './understanding/text-normalizer';
export { crossValidatedLines, trainedClassifier } from './understanding/trained-classifier';
export {
  EvaluatedLine,
  evaluateClassifier,
  EvaluationReport,
  formatEvaluationReport,
  formatEvaluationSummary,
  SummaryRow,
} from './understanding/classifier-evaluation';
export { DIALOGUE_FILES, EVALUATION_FILES, EvaluationFile, EvaluationLine, readDialogueTurns, readEvaluationLines } from './understanding/evaluation-files';
export { NEAR_DUPLICATE_OVERLAP, nearDuplicatePairs, NearDuplicatePair, overlapTokens, tokenOverlap } from './understanding/near-duplicates';
