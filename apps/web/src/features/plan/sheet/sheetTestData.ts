import type { ClassificationItem, PlanTree } from '@pdz/core';
import { indicatorContracts, planContracts } from '@pdz/core';
import { ids, interventionAreas, planTree } from '../../../testing/fixtures';
import { json, type FakeServer } from '../../../testing/server';

const item = (scheme: string, code: string, labelIt: string, position: number) => ({
  scheme,
  code,
  labelIt,
  labelEn: labelIt,
  position,
});

/** The sheet's catalogues, a few rows each (shaped like the classification endpoint). */
export const catalogues: Record<string, { items: ClassificationItem[] }> = {
  interventionArea: interventionAreas,
  regionalMacroArea: {
    items: [
      item('regionalMacroArea', 'FAM', 'Famiglia', 1),
      item('regionalMacroArea', 'DOM', 'Domiciliarità', 2),
    ],
  },
  istatUserArea: {
    items: [
      item('istatUserArea', 'FAM', 'Famiglia e minori', 1),
      item('istatUserArea', 'DIS', 'Disabili', 2),
    ],
  },
  leps: {
    items: [
      item('leps', 'SSP', 'Servizio sociale professionale', 1),
      item('leps', 'PIPPI', 'Prevenzione dell’allontanamento familiare', 2),
    ],
  },
  policySector: {
    items: [
      item('policySector', 'HEALTH', 'Sanità', 1),
      item('policySector', 'EDU', 'Istruzione', 2),
    ],
  },
  staffProfile: {
    items: [
      item('staffProfile', 'AS', 'Assistente sociale', 1),
      item('staffProfile', 'EDU', 'Educatore professionale', 2),
    ],
  },
};

/** The demo tree with the first objective's sheet and first action's detail filled in. */
export function filledTree(overrides: Parameters<typeof planTree>[0] = {}): PlanTree {
  const tree = planTree(overrides);
  const objective = tree.areas[0]!.objectives[0]!;
  Object.assign(objective, {
    macroAreaCode: 'FAM',
    kind: 'governance',
    sharedWithOtherDistricts: true,
    need: 'Famiglie isolate e fragili.',
    targetGroups: [{ userAreaCode: 'FAM', expected: 120 }],
    lepsCodes: ['PIPPI'],
    policyIntegration: [{ sectorCode: 'EDU', note: 'Con le scuole' }],
    healthInvolvement: 'Consultorio ASST',
    coProgramming: true,
    coDesign: false,
    staff: [{ profileCode: 'AS', fte: 2.5 }],
    status: 'inProgress',
  });
  Object.assign(objective.actions[0]!, {
    leadOrganizationId: ids.leadBody,
    partners: [{ organizationId: '00000000-0000-4000-8000-000000000041', role: 'Consulenza' }],
    startDate: '2012-03-01',
    endDate: '2014-12-31',
    milestones: [{ title: 'Apertura', dueDate: '2012-04-15', done: true }],
    targetGroups: [{ userAreaCode: 'DIS', expected: 30 }],
    status: 'planned',
  });
  return tree;
}

export function withSheetData(server: FakeServer, tree: PlanTree = filledTree()) {
  return server
    .on(planContracts.classification, (req) =>
      json(catalogues[req.params.scheme!] ?? { items: [] }),
    )
    .on(planContracts.get, tree)
    .on(indicatorContracts.list, { items: [] });
}
