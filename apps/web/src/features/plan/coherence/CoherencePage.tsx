import { Link, useParams } from 'react-router';
import { errorMessageKey, useI18n } from '../../../i18n';
import { Alert } from '../../../ui/Alert';
import { Loading } from '../../../ui/Loading';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { usePlanTree } from '../queries';
import type { Problem } from './describe';
import { useCoherence, useFundingSources } from '../queries';
import { useDescribeProblem } from './useDescribe';

/** The coherence panel: blocking problems first, then warnings, each with where to fix it. */
export function CoherencePage() {
  const { districtId = '', planId = '' } = useParams();
  const { t } = useI18n();
  const tree = usePlanTree(districtId, planId);
  const coherence = useCoherence(districtId, planId);
  // the names of funding sources go into the sentences: wait for them (codes if they fail)
  const sources = useFundingSources();
  useDocumentTitle([t('coherence.heading'), tree.data?.title, t('app.name')]);

  if (tree.isPending || coherence.isPending || sources.isPending)
    return <Loading label={t('app.loading')} />;
  if (tree.isError) return <Alert kind="danger">{t(errorMessageKey(tree.error))}</Alert>;
  if (coherence.isError) return <Alert kind="danger">{t(errorMessageKey(coherence.error))}</Alert>;
  return <CoherencePanel plan={tree.data} problems={coherence.data.problems} />;
}

export function CoherencePanel({
  plan,
  problems,
}: {
  plan: Parameters<typeof useDescribeProblem>[0];
  problems: Problem[];
}) {
  const { t } = useI18n();
  const blocking = problems.filter((p) => p.severity === 'blocking');
  const warnings = problems.filter((p) => p.severity !== 'blocking');
  return (
    <section aria-labelledby="coherence-heading">
      <h2 id="coherence-heading" className="h3">
        {t('coherence.heading')}
      </h2>
      <p>{t('coherence.intro')}</p>
      {problems.length === 0 ? (
        <Alert kind="success">{t('coherence.coherent')}</Alert>
      ) : (
        <>
          {blocking.length > 0 && <p className="fw-semibold">{t('coherence.blocksApproval')}</p>}
          <ProblemList
            id="coherence-blocking"
            heading={t('coherence.blockingHeading', { count: blocking.length })}
            problems={blocking}
            plan={plan}
          />
          <ProblemList
            id="coherence-warnings"
            heading={t('coherence.warningHeading', { count: warnings.length })}
            problems={warnings}
            plan={plan}
          />
        </>
      )}
    </section>
  );
}

function ProblemList(props: {
  id: string;
  heading: string;
  problems: Problem[];
  plan: Parameters<typeof useDescribeProblem>[0];
}) {
  const { t } = useI18n();
  const describe = useDescribeProblem(props.plan);
  if (props.problems.length === 0) return null;
  return (
    <section aria-labelledby={props.id} className="mt-4">
      <h3 id={props.id} className="h4">
        {props.heading}
      </h3>
      <ul className="list-unstyled pdz-coherence-list">
        {props.problems.map((p, i) => {
          const d = describe(p);
          const blocking = p.severity === 'blocking';
          return (
            <li
              key={`${p.code}-${i}`}
              className={`border-start border-4 ps-3 py-2 mb-2 ${blocking ? 'border-danger' : 'border-warning'}`}
            >
              <span className={`badge me-2 ${blocking ? 'bg-danger' : 'bg-warning text-dark'}`}>
                {t(blocking ? 'coherence.severity.blocking' : 'coherence.severity.warning')}
              </span>
              <span className="visually-hidden">: </span>
              <span>{d.text}</span>{' '}
              <Link to={d.link.to} className="d-inline-block">
                {d.link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
