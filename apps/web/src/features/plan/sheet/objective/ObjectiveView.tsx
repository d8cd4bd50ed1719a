import type { Objective, PlanTree } from '@pdz/core';
import { useFormat, useI18n } from '../../../../i18n';
import { Def } from '../controls';
import { useClassification } from '../queries';
import { targetGroupsText } from '../TargetGroupsInput';

/** The sheet as a definition list, for readers and for phases that allow no change. */
export function ObjectiveView({ plan, objective }: { plan: PlanTree; objective: Objective }) {
  const { t } = useI18n();
  const { number } = useFormat();
  const macro = useClassification('regionalMacroArea');
  const areas = useClassification('istatUserArea');
  const leps = useClassification('leps');
  const sectors = useClassification('policySector');
  const profiles = useClassification('staffProfile');
  const none = t('common.none');
  const yesNo = (v: boolean) => (v ? t('common.yes') : t('common.no'));
  return (
    <div className="pdz-sheet">
      <p className="small">{t('sheet.readOnly')}</p>
      <dl>
        <Def term={t('sheet.field.code')}>{objective.code || none}</Def>
        <Def term={t('sheet.field.title')}>{objective.title}</Def>
        <Def term={t('sheet.field.description')}>
          <span className="pdz-pre">{objective.description || none}</span>
        </Def>
        <Def term={t('sheet.field.area')}>
          {plan.areas.find((a) => a.id === objective.areaId)?.title ?? none}
        </Def>
        <Def term={t('sheet.field.macroArea')}>{macro.label(objective.macroAreaCode) || none}</Def>
        <Def term={t('sheet.field.kind')}>{t(`sheet.kind.${objective.kind}`)}</Def>
        <Def term={t('sheet.field.shared')}>{yesNo(objective.sharedWithOtherDistricts)}</Def>
        <Def term={t('sheet.field.status')}>{t(`sheet.status.${objective.status}`)}</Def>
        <Def term={t('sheet.field.need')}>
          <span className="pdz-pre">{objective.need || none}</span>
        </Def>
        <Def term={t('sheet.field.targetGroups')}>
          {targetGroupsText(objective.targetGroups, areas.label, number) || none}
        </Def>
        <Def term={t('sheet.field.leps')}>
          {objective.lepsCodes.length === 0 ? (
            none
          ) : (
            <ul className="mb-0">
              {objective.lepsCodes.map((c) => (
                <li key={c}>{leps.label(c)}</li>
              ))}
            </ul>
          )}
        </Def>
        <Def term={t('sheet.field.policyIntegration')}>
          {objective.policyIntegration.length === 0 ? (
            none
          ) : (
            <ul className="mb-0">
              {objective.policyIntegration.map((p) => (
                <li key={p.sectorCode}>
                  {sectors.label(p.sectorCode)}
                  {p.note && `: ${p.note}`}
                </li>
              ))}
            </ul>
          )}
        </Def>
        <Def term={t('sheet.field.health')}>
          <span className="pdz-pre">{objective.healthInvolvement || none}</span>
        </Def>
        <Def term={t('sheet.field.coProgramming')}>{yesNo(objective.coProgramming)}</Def>
        <Def term={t('sheet.field.coDesign')}>{yesNo(objective.coDesign)}</Def>
        <Def term={t('sheet.field.staff')}>
          {objective.staff.length === 0 ? (
            none
          ) : (
            <ul className="mb-0">
              {objective.staff.map((s) => (
                <li key={s.profileCode}>
                  {profiles.label(s.profileCode)}: {number(s.fte)}{' '}
                  {t('sheet.field.fte').toLowerCase()}
                </li>
              ))}
            </ul>
          )}
        </Def>
        <Def term={t('sheet.field.grading')}>
          <ul className="mb-0">
            {objective.grading.map((g, i) => (
              <li key={i}>
                {g.fromPercent}–{g.toPercent} %: {g.label}
              </li>
            ))}
          </ul>
        </Def>
      </dl>
    </div>
  );
}
