export * from './auth';
export * from './locale';
export * from './problem-details';
export * from './intents';
export * from './chat';
export * from './ticket-choices';
export * from './views';
