import { MessageSlots } from '../understanding/message-slots';

/** A message's slots for tests of the dialogue logic: nothing said unless given. */
export function slotsOf(overrides: Partial<MessageSlots> = {}): MessageSlots {
  return {
    amounts: [],
    transaction: { transactionIds: [], nameWords: [], dates: [] },
    aspects: [],
    phoneNumbers: [],
    followUpMarker: false,
    residual: '',
    ...overrides,
  };
}
