import type { PeriodStatus, ProgressStatus, ReportStatus } from '@pdz/core';
import { useI18n } from '../../i18n';

// Every status is said in words, with a sign before it; the colour only repeats what they say.

const progressTone: Record<ProgressStatus, string> = {
  onTrack: 'bg-success',
  atRisk: 'bg-warning text-dark',
  offTrack: 'bg-danger',
  noData: 'bg-secondary',
};
const progressSign: Record<ProgressStatus, string> = {
  onTrack: '✓',
  atRisk: '!',
  offTrack: '✗',
  noData: '–',
};

/** How far something got: on track, at risk, off track, or nothing to judge by. */
export function ProgressBadge({ status }: { status: ProgressStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge ${progressTone[status]}`}>
      <span aria-hidden="true">{progressSign[status]} </span>
      {t(`monitoring.progress.${status}`)}
    </span>
  );
}

const reportTone: Record<ReportStatus | 'none', string> = {
  none: 'bg-light text-dark border',
  draft: 'bg-secondary',
  submitted: 'bg-primary',
  validated: 'bg-success',
  returned: 'bg-warning text-dark',
};

/** Where a report stands; `null`: nobody has started it. */
export function ReportStatusBadge({ status }: { status: ReportStatus | null }) {
  const { t } = useI18n();
  const key = status ?? 'none';
  return <span className={`badge ${reportTone[key]}`}>{t(`monitoring.reportStatus.${key}`)}</span>;
}

/** A report past its due day that is not yet with the plan office. */
export function LateFlag() {
  const { t } = useI18n();
  return <span className="badge bg-danger">{t('monitoring.late')}</span>;
}

export function PeriodStatusBadge({ status }: { status: PeriodStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge ${status === 'open' ? 'bg-success' : 'bg-secondary'}`}>
      {t(`monitoring.periodStatus.${status}`)}
    </span>
  );
}

/** Who writes a report: the action's lead; the plan office for an objective. */
export function LeadName({
  subject,
}: {
  subject: { kind: string; lead: { name: string } | null };
}) {
  const { t } = useI18n();
  if (subject.lead) return <>{subject.lead.name}</>;
  return (
    <>
      {t(
        subject.kind === 'objective'
          ? 'monitoring.subjects.planOffice'
          : 'monitoring.subjects.noLead',
      )}
    </>
  );
}
