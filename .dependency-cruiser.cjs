/** Layer rules of the architecture (docs/architecture.md, "Rules the build enforces"). */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'core-is-pure',
      comment: 'core runs in browser and Node: no server, web, framework or I/O imports',
      severity: 'error',
      from: { path: '^packages/core' },
      to: {
        path: '^(apps|e2e)/|node_modules/(fastify|drizzle-orm|pg|@electric-sql|react)|^(fs|path|http|net|crypto|node:)',
      },
    },
    {
      name: 'platform-does-not-know-modules',
      severity: 'error',
      from: { path: '^apps/server/src/platform' },
      to: { path: '^apps/server/src/modules' },
    },
    {
      name: 'modules-talk-through-index',
      comment: 'a module may import another module only through its index.ts',
      severity: 'error',
      from: { path: '^apps/server/src/modules/([^/]+)/' },
      to: {
        path: '^apps/server/src/modules/([^/]+)/.+',
        pathNot: ['^apps/server/src/modules/$1/', '^apps/server/src/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'modules-own-their-tables',
      comment:
        'a module imports the schema of its own domain, or of the reference data every module reads (territory, classifications, access); never the barrel of every table',
      severity: 'error',
      from: { path: '^apps/server/src/modules/([^/]+)/', pathNot: '\\.test\\.ts$' },
      to: {
        path: '^apps/server/src/db/schema/',
        pathNot: '^apps/server/src/db/schema/($1|territory|classifications|access|columns)\\.ts$',
      },
    },
    {
      name: 'db-does-not-know-modules',
      comment:
        'the database layer (client, schema, migrations, reference seeds) is below every module',
      severity: 'error',
      from: { path: '^apps/server/src/db/' },
      to: { path: '^apps/server/src/(modules|demo|app|platform)' },
    },
    {
      name: 'modules-do-not-know-the-app',
      comment:
        'modules are wired by app.ts; they never import it, the demo data or the entry points',
      severity: 'error',
      from: { path: '^apps/server/src/modules/', pathNot: '\\.test\\.ts$' },
      to: { path: '^apps/server/src/(app|main|cli|demo/|plan-content-parts)' },
    },
    {
      name: 'features-talk-through-index',
      comment:
        'a web feature imports another feature only through its index.ts (pages, components) or its queries.ts (data hooks)',
      severity: 'error',
      from: { path: '^apps/web/src/features/([^/]+)/' },
      to: {
        path: '^apps/web/src/features/([^/]+)/.+',
        pathNot: [
          '^apps/web/src/features/$1/',
          '^apps/web/src/features/[^/]+/(index|queries)\\.tsx?$',
        ],
      },
    },
    {
      name: 'ui-is-generic',
      severity: 'error',
      from: { path: '^apps/web/src/ui' },
      to: { path: '^apps/web/src/features' },
    },
    {
      name: 'web-does-not-import-server',
      severity: 'error',
      from: { path: '^apps/web' },
      to: { path: '^apps/server' },
    },
    {
      name: 'server-does-not-import-web',
      severity: 'error',
      from: { path: '^apps/server' },
      to: { path: '^apps/web' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules|dist|migrations' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
