import { ModulesContainer } from '@nestjs/core';
import { DataSource, getMetadataArgsStorage } from 'typeorm';
import { startTestApp, TestApp } from './support/test-app';

/** Framework modules every module sees, or that only wrap a library (entities, JWT). */
const FRAMEWORK = new Set(['InternalCoreModule', 'TypeOrmCoreModule', 'TypeOrmModule', 'JwtModule']);

/**
 * The graph Nest resolves is the one DESIGN.md draws: the feature libs' arrows, the platform
 * (config, clock, jobs) imported where it is used, and the ports the app binds (calendars for the
 * wallet and tickets, the bot and the wallet's customers for email). Nothing arrives by a global module.
 */
const EXPECTED_IMPORTS: Readonly<Record<string, readonly string[]>> = {
  PlatformModule: [],
  BusinessCalendarsModule: ['PlatformModule'],
  SupportCalendarModule: ['BusinessCalendarsModule'],
  WalletCoreModule: ['PlatformModule', 'SupportCalendarModule'],
  TicketsModule: ['PlatformModule', 'SupportCalendarModule'],
  RoutingModule: ['BusinessCalendarsModule', 'PlatformModule', 'TicketsModule'],
  BotModule: ['BusinessCalendarsModule', 'PlatformModule', 'RoutingModule', 'TicketsModule', 'WalletCoreModule'],
  EmailPortsModule: ['BotModule', 'PlatformModule', 'WalletCoreModule'],
  MessagingModule: ['EmailPortsModule', 'PlatformModule', 'SupportCalendarModule', 'TicketsModule'],
  AuthModule: ['PlatformModule', 'WalletCoreModule'],
  ReportsModule: ['PlatformModule', 'SupportCalendarModule'],
};

describe('Nest module graph', () => {
  let t: TestApp;
  let modules: { readonly name: string; readonly global: boolean; readonly imports: string[] }[];

  beforeAll(async () => {
    t = await startTestApp();
    modules = [...t.app.get(ModulesContainer).values()].map((module) => ({
      name: module.metatype.name,
      global: module.isGlobal,
      imports: [...module.imports].map((imported) => imported.metatype.name).filter((name) => !FRAMEWORK.has(name)),
    }));
  });
  afterAll(() => t.close());

  it('has each module of ours once, importing the modules DESIGN.md draws', () => {
    const ours = modules.filter((module) => module.name in EXPECTED_IMPORTS);
    expect(ours.map((module) => module.name).sort()).toEqual(Object.keys(EXPECTED_IMPORTS).sort());
    expect(Object.fromEntries(ours.map((module) => [module.name, module.imports.sort()]))).toEqual(EXPECTED_IMPORTS);
  });

  it('registers every entity class through its lib module’s list, and nothing else', () => {
    const declared = new Set(getMetadataArgsStorage().tables.map((table) => table.name));
    const registered = t.app.get(DataSource).entityMetadatas.map((metadata) => metadata.tableName);
    expect(declared.size).toBeGreaterThan(20);
    expect(registered.sort()).toEqual([...declared].sort());
  });

  it('has no global module but the framework’s own', () => {
    expect(modules.filter((module) => module.global && !FRAMEWORK.has(module.name)).map((module) => module.name)).toEqual([]);
  });
});
