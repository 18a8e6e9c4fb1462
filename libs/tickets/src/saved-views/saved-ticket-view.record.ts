/** The list filters a view stands for, exactly as `GET /tickets` takes them. */
export type TicketViewFilters = Readonly<Record<string, string>>;

/** An agent's own named ticket view. */
export interface SavedTicketViewRecord {
  readonly id: string;
  readonly agentId: string;
  readonly name: string;
  readonly filters: TicketViewFilters;
  readonly createdAt: Date;
}
