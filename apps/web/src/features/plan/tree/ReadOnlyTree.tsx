import { Link } from 'react-router';
import { useI18n } from '../../../i18n';

export interface ReadOnlyArea {
  id: string;
  classificationCode: string | null;
  title: string;
  description: string;
  objectives: {
    id: string;
    code: string;
    title: string;
    description: string;
    actions: { id: string; title: string; description: string }[];
  }[];
}

/** Areas → objectives → actions, for reading: a plan outside drafting, or a frozen version. */
export function ReadOnlyTree({
  areas,
  classificationLabel,
  linkBase,
}: {
  areas: ReadOnlyArea[];
  classificationLabel: (code: string) => string | undefined;
  /** the plan's address: objectives and actions link to their sheet (not for frozen versions) */
  linkBase?: string;
}) {
  const { t } = useI18n();
  if (areas.length === 0) return <p>{t('plan.empty')}</p>;
  return (
    <ol className="list-unstyled pdz-tree">
      {areas.map((area) => (
        <li key={area.id} className="pdz-area mb-4">
          <h3 className="h4 mb-1">{area.title}</h3>
          {area.classificationCode && (
            <p className="small mb-1">
              {t('area.classification')}:{' '}
              {classificationLabel(area.classificationCode) ?? area.classificationCode}
            </p>
          )}
          {area.description && <p className="pdz-description">{area.description}</p>}
          {area.objectives.length === 0 ? (
            <p className="small">{t('area.noObjectives')}</p>
          ) : (
            <ol className="list-unstyled ms-3">
              {area.objectives.map((o) => (
                <li key={o.id} className="pdz-objective mb-3">
                  <h4 className="h5 mb-1">
                    {o.code && <span className="pdz-code me-2">{o.code}</span>}
                    {linkBase ? (
                      <Link to={`${linkBase}/objectives/${o.id}`}>{o.title}</Link>
                    ) : (
                      o.title
                    )}
                  </h4>
                  {o.description && <p className="pdz-description">{o.description}</p>}
                  {o.actions.length === 0 ? (
                    <p className="small">{t('objective.noActions')}</p>
                  ) : (
                    <ul className="ms-3">
                      {o.actions.map((a) => (
                        <li key={a.id} className="mb-2">
                          {linkBase ? (
                            <Link className="fw-semibold" to={`${linkBase}/actions/${a.id}`}>
                              {a.title}
                            </Link>
                          ) : (
                            <span className="fw-semibold">{a.title}</span>
                          )}
                          {a.description && <span className="d-block">{a.description}</span>}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}
