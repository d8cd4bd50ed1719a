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
} as const;

export const workspaceEn: Record<keyof typeof workspaceIt, string> = {
  'workspace.sections': 'Plan sections',
  'workspace.tab.overview': 'Plan',
  'workspace.tab.budget': 'Resources',
  'workspace.tab.indicators': 'Indicators',
  'workspace.tab.chapters': 'Chapters',
  'workspace.tab.coherence': 'Coherence',
  'workspace.tab.spreadsheet': 'Import / export',
};
