import { updateActionInput, updateObjectiveInput } from '../plan/plan';
import { endsBeforeStart } from '../plan/sheet';
import { countRow, diff } from './diff';
import type { Fields, ImportChanges, SheetCounts } from './import-result';
import { parseCodes, parsePolicyIntegration, parseStaff, parseTargetGroups } from './list-cells';
import { recordById, type PlanLookups } from './lookups';
import type { RowReader } from './read';

/** Rows of the objectives and actions sheets: each read, checked and compared with the plan. */

/** The expected users' area codes must be ISTAT user areas. */
function checkTargetGroups(r: RowReader, look: PlanLookups, groups: { userAreaCode: string }[]) {
  r.codesIn(
    'targetGroups',
    groups.map((g) => g.userAreaCode),
    look.schemes.userArea,
  );
}

const firstKey = (fallback: string) => (p: PropertyKey[]) => String(p[0] ?? fallback);

export function readObjectiveRow(
  r: RowReader,
  look: PlanLookups,
  changes: ImportChanges,
  count: SheetCounts,
): void {
  const { schemes } = look;
  const code = r.text('code', 20, true);
  if (code) r.duplicate('code', code);
  if ((look.codeUses.get(code) ?? 0) > 1) r.fail('code', 'ambiguousCode', { value: code });
  const areaText = r.text('area').toLowerCase();
  const area = look.tree.areas.find(
    (a) =>
      a.title.trim().toLowerCase() === areaText ||
      (a.classificationCode ?? '').toLowerCase() === areaText,
  );
  const existing = look.objectiveByCode.get(code);
  if (!areaText && !existing) r.fail('area', 'required');
  else if (areaText && !area) r.fail('area', 'unknownArea', { value: r.text('area') });
  const macro = r.text('macroAreaCode', 40);
  if (macro && !schemes.macroArea.has(macro))
    r.fail('macroAreaCode', 'unknownCode', { value: macro });
  const fields = {
    title: r.text('title', 300, true),
    description: r.text('description'),
    kind: r.choice('kind'),
    macroAreaCode: macro || null,
    sharedWithOtherDistricts: r.bool('sharedWithOtherDistricts'),
    need: r.text('need'),
    targetGroups: r.list('targetGroups', parseTargetGroups),
    lepsCodes: r.list('lepsCodes', parseCodes),
    policyIntegration: r.list('policyIntegration', parsePolicyIntegration),
    healthInvolvement: r.text('healthInvolvement', 5000),
    coProgramming: r.bool('coProgramming'),
    coDesign: r.bool('coDesign'),
    staff: r.list('staff', parseStaff),
    status: r.choice('status'),
  };
  checkTargetGroups(r, look, fields.targetGroups);
  r.codesIn('lepsCodes', fields.lepsCodes, schemes.leps);
  r.codesIn(
    'policyIntegration',
    fields.policyIntegration.map((p) => p.sectorCode),
    schemes.sector,
  );
  r.codesIn(
    'staff',
    fields.staff.map((s) => s.profileCode),
    schemes.staff,
  );
  // the schema the API checks the same fields with
  r.zodIssues(
    updateObjectiveInput.omit({ version: true, areaId: true }).safeParse({ ...fields, code }),
    firstKey('title'),
  );
  if (r.errors.length) return;
  const next: Fields = { ...fields };
  if (existing && area && area.id !== existing.areaId) next.areaId = area.id;
  const changed = existing ? diff(existing as unknown as Fields, next) : {};
  countRow(
    count,
    r,
    existing && { version: existing.version, summary: { title: existing.title } },
    Object.keys(changed).length > 0,
    {
      update: () => changes.objectives.update.push({ id: existing!.id, fields: changed }),
      create: () => {
        look.newObjectiveCodes.add(code);
        changes.objectives.create.push({ code, areaId: area!.id, fields });
      },
    },
  );
}

export function readActionRow(
  r: RowReader,
  look: PlanLookups,
  changes: ImportChanges,
  count: SheetCounts,
): void {
  const existing = recordById(r, look.actionById);
  const objectiveCode = r.text('objectiveCode', 20, true);
  if (objectiveCode && !look.knowsObjective(objectiveCode))
    r.fail('objectiveCode', 'unknownObjective', { value: objectiveCode });
  const lead = r.text('lead', 300);
  const leadId = lead ? look.orgByName.get(lead.toLowerCase()) : null;
  if (lead && !leadId) r.fail('lead', 'unknownOrganization', { value: lead });
  const fields = {
    title: r.text('title', 300, true),
    description: r.text('description'),
    leadOrganizationId: leadId ?? null,
    startDate: r.date('startDate'),
    endDate: r.date('endDate'),
    targetGroups: r.list('targetGroups', parseTargetGroups),
    status: r.choice('status'),
  };
  checkTargetGroups(r, look, fields.targetGroups);
  if (endsBeforeStart(fields.startDate, fields.endDate)) r.fail('endDate', 'endBeforeStart');
  r.zodIssues(
    updateActionInput.omit({ version: true, objectiveId: true }).safeParse(fields),
    firstKey('title'),
  );
  if (r.errors.length) return;
  const current = existing && look.objectives.find((o) => o.id === existing.objectiveId);
  const changed = existing ? diff(existing as unknown as Fields, { ...fields }) : {};
  const moved = current?.code !== objectiveCode;
  countRow(
    count,
    r,
    existing && { version: existing.version, summary: { title: existing.title } },
    Object.keys(changed).length > 0 || moved,
    {
      update: () =>
        changes.actions.update.push({
          id: existing!.id,
          objectiveCode: moved ? objectiveCode : null,
          fields: changed,
        }),
      create: () => changes.actions.create.push({ objectiveCode, fields }),
    },
  );
}
