export * from './auth';
export * from './locale';
export * from './problem-details';
export * from './intents';
export * from './bot';
export * from './bot-outcomes';
export * from './chat';
export * from './support-views';
