import type { PlanPhase } from '@pdz/core';
import { isPlanEditable } from '@pdz/core';
import { useI18n } from '../../i18n';

/** The phase in words; colour only repeats what the text says. */
export function PhaseBadge({ phase }: { phase: PlanPhase }) {
  const { t } = useI18n();
  const tone = isPlanEditable(phase)
    ? 'bg-primary'
    : phase === 'closed'
      ? 'bg-secondary'
      : 'bg-success';
  return <span className={`badge ${tone}`}>{t(`phase.${phase}`)}</span>;
}
