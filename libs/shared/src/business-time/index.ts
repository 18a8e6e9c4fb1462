export * from './business-calendar-definition';
export * from './business-calendar';
export * from './calendar-validation';
export * from './demo-support-calendar';
export * from './time-zone';
