// Lib boundaries of DESIGN.md, checked on every `npm test`:
//   apps → feature libs → tickets / wallet-core → database, contracts, shared
//   allowed sideways: bot → knowledge-base, wallet-core, tickets, routing; routing → tickets; messaging → tickets; reports → tickets
//   front-ends (widget, inbox) import only contracts; a lib is imported only through its index.ts,
//   which exports no TypeORM entity (apps and other libs get read-only records).
const LIBS_BELOW_FEATURES = 'tickets|wallet-core|database|contracts|shared';

/** A lib may import exactly these other libs. */
const ALLOWED_LIB_DEPENDENCIES = {
  // shared raises DomainError, whose code is the contracts' union; contracts imports no lib, so no cycle.
  shared: ['contracts'],
  contracts: [],
  database: ['shared', 'contracts'],
  'wallet-core': ['database', 'contracts', 'shared'],
  tickets: ['database', 'contracts', 'shared'],
  auth: ['wallet-core', 'tickets', 'database', 'contracts', 'shared'],
  routing: ['tickets', 'database', 'contracts', 'shared'],
  messaging: ['tickets', 'database', 'contracts', 'shared'],
  reports: ['tickets', 'database', 'contracts', 'shared'],
  'knowledge-base': ['wallet-core', 'tickets', 'database', 'contracts', 'shared'],
  bot: ['knowledge-base', 'wallet-core', 'tickets', 'routing', 'database', 'contracts', 'shared'],
};

const libRules = Object.entries(ALLOWED_LIB_DEPENDENCIES).map(([lib, allowed]) => ({
  name: `lib-${lib}-boundary`,
  comment: `libs/${lib} may import only: ${allowed.join(', ') || 'no other lib'}`,
  severity: 'error',
  from: { path: `^libs/${lib}/` },
  to: { path: '^libs/([^/]+)/', pathNot: [`^libs/(${[lib, ...allowed].join('|')})/`] },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Import cycles make module order fragile and hide design problems.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'lib-only-through-index',
      comment: 'Outside a lib, import it through libs/<lib>/src/index.ts (the @okpay/<lib> alias).',
      severity: 'error',
      from: { path: '^(apps|test|bench)/' },
      to: { path: '^libs/[^/]+/src/(?!index\\.ts$)' },
    },
    {
      name: 'lib-only-through-index-between-libs',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/[^/]+/src/(?!index\\.ts$)', pathNot: ['^libs/$1/'] },
    },
    {
      name: 'apps-do-not-import-entities',
      comment: 'Apps see what libs hand out (records, views), never a TypeORM entity; lib modules register their own.',
      severity: 'error',
      from: { path: '^apps/' },
      to: { path: '\\.entity\\.ts$' },
    },
    {
      name: 'lib-faces-export-no-entities',
      comment: "A lib's index.ts exports its module, use cases, queries and records; its entities stay inside.",
      severity: 'error',
      from: { path: '^libs/[^/]+/src/index\\.ts$' },
      to: { path: '\\.entity\\.ts$' },
    },
    {
      name: 'apps-do-not-import-each-other',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: ['^apps/$1/'] },
    },
    {
      name: 'front-ends-import-only-contracts',
      severity: 'error',
      from: { path: '^apps/(widget|inbox)/' },
      to: { path: '^libs/', pathNot: ['^libs/contracts/'] },
    },
    {
      name: `lower-libs-do-not-import-feature-libs`,
      comment: `${LIBS_BELOW_FEATURES} sit below the feature libs`,
      severity: 'error',
      from: { path: `^libs/(${LIBS_BELOW_FEATURES})/` },
      to: { path: '^libs/(auth|routing|messaging|reports|knowledge-base|bot)/' },
    },
    ...libRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
