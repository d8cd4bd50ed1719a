import { Link } from 'react-router';
import { useI18n } from '../../../i18n';
import { useCoherence } from '../queries';

/** How many problems the plan has, and a link to the panel; nothing while unknown. */
export function CoherenceSummary({ districtId, planId }: { districtId: string; planId: string }) {
  const { t } = useI18n();
  const coherence = useCoherence(districtId, planId);
  if (!coherence.data) return null;
  const problems = coherence.data.problems;
  const blocking = problems.filter((p) => p.severity === 'blocking').length;
  const warnings = problems.length - blocking;
  const kind = blocking > 0 ? 'bg-danger' : warnings > 0 ? 'bg-warning text-dark' : 'bg-success';
  return (
    <p className="d-flex flex-wrap align-items-center gap-2 pdz-coherence-summary">
      <span className="fw-semibold">{t('coherence.summaryLabel')}:</span>
      <span className={`badge ${kind}`}>
        {problems.length === 0
          ? t('coherence.summaryCoherent')
          : t('coherence.summary', { blocking, warnings })}
      </span>
      <Link to={`/districts/${districtId}/plans/${planId}/coherence`}>
        {t('coherence.openPanel')}
      </Link>
    </p>
  );
}
