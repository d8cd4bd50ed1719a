import type { Action, Organization, PlanTree } from '@pdz/core';
import { useFormat, useI18n } from '../../../../i18n';
import { Def } from '../controls';
import { useClassification } from '../queries';
import { targetGroupsText } from '../TargetGroupsInput';

/** The action as a definition list, for readers and for phases that allow no change. */
export function ActionView(props: {
  plan: PlanTree;
  action: Action;
  organizations: Organization[];
}) {
  const { action, organizations } = props;
  const { t } = useI18n();
  const { number, date } = useFormat();
  const areas = useClassification('istatUserArea');
  const none = t('common.none');
  const orgName = (id: string | null) => organizations.find((o) => o.id === id)?.name ?? none;
  return (
    <div className="pdz-sheet">
      <p className="small">{t('sheet.readOnly')}</p>
      <dl>
        <Def term={t('sheet.field.title')}>{action.title}</Def>
        <Def term={t('sheet.field.description')}>
          <span className="pdz-pre">{action.description || none}</span>
        </Def>
        <Def term={t('sheet.field.status')}>{t(`sheet.status.${action.status}`)}</Def>
        <Def term={t('sheet.field.lead')}>{orgName(action.leadOrganizationId)}</Def>
        <Def term={t('sheet.field.partners')}>
          {action.partners.length === 0 ? (
            none
          ) : (
            <ul className="mb-0">
              {action.partners.map((p) => (
                <li key={p.organizationId}>
                  {orgName(p.organizationId)}
                  {p.role && ` – ${p.role}`}
                </li>
              ))}
            </ul>
          )}
        </Def>
        <Def term={t('sheet.field.startDate')}>
          {action.startDate ? date(action.startDate) : none}
        </Def>
        <Def term={t('sheet.field.endDate')}>{action.endDate ? date(action.endDate) : none}</Def>
        <Def term={t('sheet.field.milestones')}>
          {action.milestones.length === 0 ? (
            none
          ) : (
            <ul className="mb-0">
              {action.milestones.map((m, i) => (
                <li key={i}>
                  {m.title}
                  {m.dueDate && ` – ${date(m.dueDate)}`} · {t('sheet.field.done')}:{' '}
                  {m.done ? t('common.yes') : t('common.no')}
                </li>
              ))}
            </ul>
          )}
        </Def>
        <Def term={t('sheet.field.targetGroups')}>
          {targetGroupsText(action.targetGroups, areas.label, number) || none}
        </Def>
      </dl>
    </div>
  );
}
