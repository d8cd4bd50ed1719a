import {
  emptyActionDetail,
  emptyObjectiveSheet,
  permissionMatrix,
  type AuditEvent,
  type ClassificationItem,
  type District,
  type Plan,
  type PlanTree,
  type PlanVersion,
  type PlanVersionSummary,
  type Role,
  type Session,
} from '@pdz/core';

// Data shaped exactly like the contracts' responses (the Pavia demo district).
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const ids = {
  district: uuid(1),
  user: uuid(2),
  plan: uuid(3),
  areaMinors: uuid(10),
  areaElderly: uuid(11),
  objective1: uuid(20),
  objective2: uuid(21),
  action1: uuid(30),
  action2: uuid(31),
  leadBody: uuid(40),
};

const municipalityRows: [string, string, string, string, number][] = [
  ['018110', 'Pavia', 'G388', '27100', 68280],
  ['018041', 'Cava Manara', 'C360', '27051', 6586],
  ['018137', 'San Martino Siccomario', 'I014', '27028', 5738],
  ['018162', 'Travacò Siccomario', 'I236', '27020', 4361],
  ['018135', 'San Genesio ed Uniti', 'H859', '27010', 3788],
  ['018190', 'Zinasco', 'M180', '27030', 3223],
  ['018159', "Torre d'Isola", 'L269', '27020', 2395],
  ['018189', 'Zerbolò', 'M167', '27020', 1653],
  ['018030', 'Carbonara al Ticino', 'B741', '27020', 1516],
  ['018151', 'Sommo', 'I825', '27048', 1146],
  ['018179', "Villanova d'Ardenghi", 'L983', '27030', 770],
  ['018091', 'Mezzana Rabattone', 'F171', '27030', 502],
];

export const district: District = {
  id: ids.district,
  slug: 'pavia',
  name: 'Distretto sociale di Pavia',
  region: 'Lombardia',
  istatCode: null,
  isDemo: true,
  leadBody: {
    id: ids.leadBody,
    name: 'Consorzio Sociale Pavese',
    kind: 'consortium',
    taxCode: null,
    registryNumber: null,
  },
  municipalities: municipalityRows.map(
    ([istatCode, name, cadastralCode, postalCode, population], i) => ({
      id: uuid(100 + i),
      istatCode,
      name,
      province: 'PV',
      cadastralCode,
      postalCode,
      population,
      populationYear: 2011,
    }),
  ),
  population: 99958,
  organizations: [
    {
      id: ids.leadBody,
      name: 'Consorzio Sociale Pavese',
      kind: 'consortium',
      taxCode: null,
      registryNumber: null,
    },
    {
      id: uuid(41),
      name: 'ATS di Pavia',
      kind: 'healthAgency',
      taxCode: null,
      registryNumber: null,
    },
  ],
};

const names: Record<Role, string> = {
  planOffice: 'Giulia Bianchi',
  mayor: 'Marco Rossi',
  partner: 'Anna Verdi',
  healthAgency: 'Paolo Neri',
  region: 'Laura Gallo',
  admin: 'Sara Conti',
};

export function sessionFor(role: Role): Session {
  return {
    user: { id: ids.user, email: `${role}@pavia.demo`, name: names[role], isSystemAdmin: false },
    memberships: [{ districtId: ids.district, role }],
    csrfToken: `csrf-${role}`,
    expiresAt: '2030-01-01T00:00:00.000Z',
  };
}

export function myDistrictsFor(role: Role) {
  const { id, slug, name, region, istatCode, isDemo } = district;
  return {
    items: [
      {
        id,
        slug,
        name,
        region,
        istatCode,
        isDemo,
        roles: [role],
        permissions: [...permissionMatrix[role]],
      },
    ],
  };
}

export const plan: Plan = {
  id: ids.plan,
  districtId: ids.district,
  title: 'Piano di Zona 2012–2014',
  period: { startYear: 2012, endYear: 2014 },
  phase: 'drafting',
  version: 7,
  isDemo: true,
  latestApprovedVersion: null,
  createdAt: '2011-10-03T09:00:00.000Z',
  updatedAt: '2012-03-01T09:00:00.000Z',
};

export function planTree(overrides: Partial<Plan> = {}): PlanTree {
  return {
    ...plan,
    ...overrides,
    areas: [
      {
        id: ids.areaMinors,
        planId: ids.plan,
        classificationCode: 'FAM',
        title: 'Minori e famiglia',
        description: 'Sostegno alla genitorialità.',
        position: 1,
        version: 2,
        objectives: [
          {
            id: ids.objective1,
            areaId: ids.areaMinors,
            code: 'OB1',
            title: 'Sostenere le famiglie',
            description: 'Ridurre l’isolamento delle famiglie fragili.',
            position: 1,
            version: 3,
            ...emptyObjectiveSheet,
            actions: [
              {
                id: ids.action1,
                objectiveId: ids.objective1,
                title: 'Centro per la famiglia',
                description: '',
                position: 1,
                version: 1,
                ...emptyActionDetail,
              },
              {
                id: ids.action2,
                objectiveId: ids.objective1,
                title: 'Educativa domiciliare',
                description: '',
                position: 2,
                version: 1,
                ...emptyActionDetail,
              },
            ],
          },
        ],
      },
      {
        id: ids.areaElderly,
        planId: ids.plan,
        classificationCode: 'ELD',
        title: 'Anziani',
        description: '',
        position: 2,
        version: 1,
        objectives: [
          {
            id: ids.objective2,
            areaId: ids.areaElderly,
            code: 'OB2',
            title: 'Domiciliarità',
            description: '',
            position: 1,
            version: 1,
            ...emptyObjectiveSheet,
            actions: [],
          },
        ],
      },
    ],
  };
}

export const versionSummary: PlanVersionSummary = {
  planId: ids.plan,
  number: 1,
  sha256: 'a3f1c2d4e5b6a7980112233445566778899aabbccddeeff00112233445566778',
  approvedAt: '2026-12-06T09:30:00.000Z',
  decisionDate: '2012-03-26',
  approvedBy: { id: ids.user, name: 'Giulia Bianchi' },
  resolution: 'Deliberazione n. 3 del 26/03/2012',
};

export const version: PlanVersion = {
  ...versionSummary,
  snapshot: {
    format: 'pdz.plan-snapshot/1',
    district: { id: ids.district, slug: 'pavia', name: district.name },
    plan: { id: ids.plan, title: plan.title, period: plan.period },
    areas: [
      {
        id: ids.areaMinors,
        classificationCode: 'FAM',
        title: 'Minori e famiglia',
        description: '',
        objectives: [
          {
            id: ids.objective1,
            code: 'OB1',
            title: 'Sostenere le famiglie',
            description: '',
            actions: [{ id: ids.action1, title: 'Centro per la famiglia', description: '' }],
          },
        ],
      },
    ],
  },
};

export const interventionAreas: { items: ClassificationItem[] } = {
  items: [
    {
      scheme: 'interventionArea',
      code: 'FAM',
      labelIt: 'Famiglia e minori',
      labelEn: 'Family and minors',
      position: 1,
    },
    {
      scheme: 'interventionArea',
      code: 'ELD',
      labelIt: 'Anziani',
      labelEn: 'Elderly',
      position: 2,
    },
  ],
};

/** An event as the server records it: by default OB1's title changed by the plan office. */
export function auditEvent(n: number, at: string, overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: uuid(500 + n),
    at,
    actor: { id: ids.user, name: 'Giulia Bianchi' },
    action: 'objective.updated',
    entityType: 'objective',
    entityId: ids.objective1,
    before: { code: 'OB1', title: `Titolo ${n}`, version: n },
    after: { code: 'OB1', title: `Titolo ${n + 1}`, version: n + 1 },
    ...overrides,
  };
}
