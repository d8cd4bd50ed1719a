/**
 * The demo plan 2012–2014 of the Distretto sociale di Pavia: a complete, believable plan whose
 * every objective, action, partner, figure and text is invented demonstration data.
 */
import type {
  ChapterKind,
  IndicatorDirection,
  IndicatorFrequency,
  IndicatorKind,
  ObjectiveKind,
  OrganizationKind,
  WorkStatus,
} from '@pdz/core';

/** Funding source codes of the fundingSource classification. */
export type DemoSource = 'FNPS' | 'FSR' | 'FNA' | 'FAM' | 'COM' | 'SAN' | 'COMP' | 'PRIV';

/** Three values, one per year 2012, 2013, 2014. */
export type ThreeYears = [number, number, number];

export interface DemoOrganization {
  /** every invented name ends with " (demo)" */
  name: string;
  kind: OrganizationKind;
}

export interface DemoIndicator {
  code: string;
  name: string;
  kind: IndicatorKind;
  unit: string;
  dataSource: string;
  frequency: IndicatorFrequency;
  reportedBy: string;
  direction: IndicatorDirection;
  /** value and year (2010 or 2011), or null when the service is new */
  baseline: [value: number, year: number] | null;
  /** targets for 2012, 2013, 2014 */
  targets: ThreeYears;
}

export interface DemoAction {
  title: string;
  description: string;
  /** an organization name: one of the district's (see demoOrganizations and the seeded ones) */
  lead: string;
  partners: [organization: string, role: string][];
  /** ISO dates inside 2012–2014 */
  start: string;
  end: string;
  milestones: [title: string, due: string, done: boolean][];
  targetGroups: [userAreaCode: string, expected: number | null][];
  status: WorkStatus;
  /** euro (whole euro) per year 2012, 2013, 2014, by funding source */
  budget: Partial<Record<DemoSource, ThreeYears>>;
  indicators: DemoIndicator[];
}

export interface DemoObjective {
  code: string;
  title: string;
  description: string;
  /** regionalMacroArea code */
  macroArea: string;
  kind: ObjectiveKind;
  sharedWithOtherDistricts: boolean;
  need: string;
  targetGroups: [userAreaCode: string, expected: number | null][];
  /** leps codes */
  leps: string[];
  /** policySector code and a short note */
  integration: [sectorCode: string, note: string][];
  healthInvolvement: string;
  coProgramming: boolean;
  coDesign: boolean;
  /** staffProfile code and FTE */
  staff: [profileCode: string, fte: number][];
  status: WorkStatus;
  indicators: DemoIndicator[];
  actions: DemoAction[];
}

export interface DemoArea {
  /** interventionArea code */
  code: string;
  title: string;
  description: string;
  objectives: DemoObjective[];
}

export interface DemoChapter {
  kind: ChapterKind;
  title: string;
  /** Markdown; a line `{{tabella:<name>}}` embeds a live table (see core chapters/chapter.ts) */
  body: string;
}

export interface DemoPlan {
  title: string;
  startYear: number;
  endYear: number;
  areas: DemoArea[];
  chapters: DemoChapter[];
  /** money left from the previous year, per source, in euro, for 2012, 2013, 2014 */
  carryOver: Partial<Record<DemoSource, ThreeYears>>;
}
