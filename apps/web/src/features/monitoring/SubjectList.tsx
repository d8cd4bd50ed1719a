import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n';
import { useAnnounce } from '../../ui/Announcer';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { LateFlag, LeadName, ReportStatusBadge } from './badges';
import type { ReportSubject } from './queries';
import { useFigures } from './useFigures';

interface ObjectiveGroup {
  objective: ReportSubject['objective'];
  subjects: ReportSubject[];
}

/** Subjects by area, then by objective, in the order the server gives (the plan's). */
function grouped(subjects: readonly ReportSubject[]) {
  const areas: { title: string; objectives: ObjectiveGroup[] }[] = [];
  for (const s of subjects) {
    let area = areas.find((a) => a.title === s.areaTitle);
    if (!area) areas.push((area = { title: s.areaTitle, objectives: [] }));
    let group = area.objectives.find((o) => o.objective.id === s.objective.id);
    if (!group) area.objectives.push((group = { objective: s.objective, subjects: [] }));
    group.subjects.push(s);
  }
  return areas;
}

function SubjectTable({
  group,
  base,
  readAll,
}: {
  group: ObjectiveGroup;
  base: string;
  readAll: boolean;
}) {
  const { t } = useI18n();
  const figures = useFigures();
  const caption = t('monitoring.subjects.caption', {
    objective: `${group.objective.code} «${group.objective.title}»`,
  });
  return (
    <ScrollRegion label={caption}>
      <table className="table table-sm">
        <caption className="caption-top fw-semibold text-body">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('monitoring.col.subject')}</th>
            <th scope="col">{t('monitoring.col.lead')}</th>
            <th scope="col">{t('monitoring.col.report')}</th>
            <th scope="col">{t('monitoring.col.updatedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {group.subjects.map((s) => (
            <tr key={`${s.kind}-${s.id}`}>
              <th scope="row" className="fw-normal">
                <span className="d-block small text-muted">{t(`monitoring.kind.${s.kind}`)}</span>
                {readAll || s.mayReport ? (
                  <Link to={`${base}/${s.kind}/${s.id}`}>
                    {s.code && <span className="pdz-code me-1">{s.code}</span>}
                    {s.title}
                  </Link>
                ) : (
                  // a partner or the health agency reads only the reports it writes
                  <>
                    {s.code && <span className="pdz-code me-1">{s.code}</span>}
                    {s.title}
                  </>
                )}
              </th>
              <td>
                <LeadName subject={s} />
              </td>
              <td>
                <span className="d-flex flex-wrap gap-1">
                  <ReportStatusBadge status={s.report?.status ?? null} />
                  {s.late && <LateFlag />}
                </span>
              </td>
              <td className="text-nowrap">
                {s.report ? figures.date(s.report.updatedAt) : t('common.none')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/**
 * Every action and objective of the period with its report: where it stands, whether it is
 * late, and a link to it (to those who may read it). Those who are not the plan office may show
 * only what they report on.
 */
export function SubjectList(props: {
  subjects: readonly ReportSubject[];
  base: string;
  planOffice: boolean;
  /** whether the reader may open every report, not only those it writes */
  readAll: boolean;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const id = useId();
  const [mine, setMine] = useState(false);
  const shown = mine ? props.subjects.filter((s) => s.mayReport) : props.subjects;

  return (
    <section aria-labelledby="subjects-heading" className="mt-4">
      <h3 id="subjects-heading" className="h4">
        {t('monitoring.subjects.heading')}
      </h3>
      <p>{t('monitoring.subjects.intro')}</p>
      {!props.planOffice && (
        <div className="form-check mb-3">
          <input
            id={`${id}-mine`}
            type="checkbox"
            className="form-check-input"
            checked={mine}
            onChange={(e) => {
              const next = e.target.checked;
              setMine(next);
              const count = next
                ? props.subjects.filter((s) => s.mayReport).length
                : props.subjects.length;
              announce(t('monitoring.subjects.shown', { count }));
            }}
          />
          <label htmlFor={`${id}-mine`} className="form-check-label">
            {t('monitoring.subjects.mine')}
          </label>
        </div>
      )}
      {shown.length === 0 && (
        <p>{t(mine ? 'monitoring.subjects.noneMine' : 'monitoring.subjects.none')}</p>
      )}
      {grouped(shown).map((area) => (
        <div key={area.title} className="mb-3">
          <h4 className="h5 border-bottom pb-1">{area.title}</h4>
          {area.objectives.map((group) => (
            <SubjectTable
              key={group.objective.id}
              group={group}
              base={props.base}
              readAll={props.readAll}
            />
          ))}
        </div>
      ))}
    </section>
  );
}
