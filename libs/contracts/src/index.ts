export * from './auth';
export * from './locale';
export * from './problem-details';
export * from './intents';
export * from './bot';
export * from './chat';
export * from './support-views';
