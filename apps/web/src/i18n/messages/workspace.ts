/**
 * Messages of the plan workspace frame (tabs, navigator). The Italian object defines the keys;
 * the English one must provide the same (the compiler checks it).
 */
export const workspaceIt = {
  'workspace.sections': 'Sezioni del piano',
  'workspace.tab.overview': 'Piano',
  'workspace.tab.budget': 'Risorse',
  'workspace.tab.indicators': 'Indicatori',
  'workspace.tab.chapters': 'Capitoli',
  'workspace.tab.coherence': 'Coerenza',
  'workspace.tab.spreadsheet': 'Importa / esporta',
  'workspace.tab.monitoring': 'Monitoraggio',
  'workspace.nav.label': 'Navigatore del piano',
  'workspace.nav.heading': 'Contenuto del piano',
  'workspace.nav.expand': 'Espandi «{name}»',
  'workspace.nav.collapse': 'Comprimi «{name}»',
  'workspace.nav.empty': 'Il piano non ha ancora aree.',
} as const;

export const workspaceEn: Record<keyof typeof workspaceIt, string> = {
  'workspace.sections': 'Plan sections',
  'workspace.tab.overview': 'Plan',
  'workspace.tab.budget': 'Resources',
  'workspace.tab.indicators': 'Indicators',
  'workspace.tab.chapters': 'Chapters',
  'workspace.tab.coherence': 'Coherence',
  'workspace.tab.spreadsheet': 'Import / export',
  'workspace.tab.monitoring': 'Monitoring',
  'workspace.nav.label': 'Plan navigator',
  'workspace.nav.heading': 'Plan content',
  'workspace.nav.expand': 'Expand “{name}”',
  'workspace.nav.collapse': 'Collapse “{name}”',
  'workspace.nav.empty': 'The plan has no areas yet.',
};
