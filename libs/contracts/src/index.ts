export * from './auth';
export * from './locale';
export * from './problem-details';
export * from './chat';
