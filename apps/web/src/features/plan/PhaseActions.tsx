import { useState } from 'react';
import {
  availableTransitions,
  formatDate,
  italianDate,
  nextPhase,
  parseItalianDate,
  planContracts,
  textLimits,
  type Permission,
  type Plan,
  type TransitionName,
} from '@pdz/core';
import { call } from '../../api/client';
import { errorMessageKey, useI18n, type MessageKey } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { useAnnounce } from '../../ui/Announcer';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { TextArea, TextField } from '../../ui/Field';
import { serverFieldErrors } from '../../ui/formErrors';
import { usePlanWrite } from './queries';

/** The moves of the plan's lifecycle this user may make now (core decides which exist). */
export function PhaseActions({ plan, can }: { plan: Plan; can: (p: Permission) => boolean }) {
  const { t, locale } = useI18n();
  const announce = useAnnounce();
  const write = usePlanWrite(plan.districtId, plan.id);
  const [confirmingApproval, setConfirmingApproval] = useState(false);
  const [resolution, setResolution] = useState('');
  const [decisionDate, setDecisionDate] = useState(() => formatDate(italianDate(new Date())));
  const [dateError, setDateError] = useState<string | undefined>(undefined);
  const [resolutionError, setResolutionError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<MessageKey | null>(null);

  const allowed = availableTransitions(plan.phase).filter((tr) => can(tr.permission));
  if (allowed.length === 0) return null;

  function label(name: TransitionName): string {
    if (name === 'advance')
      return t('transition.advance', { phase: t(`phase.${nextPhase(plan.phase, name)}`) });
    return t(`transition.${name}`);
  }

  /** The day of the resolution as ISO, or undefined after showing why it cannot be read. */
  function checkedDecisionDate(): string | undefined {
    const today = italianDate(new Date());
    const iso = parseItalianDate(decisionDate);
    const problem = !iso
      ? t('approve.decisionDateInvalid')
      : iso > today
        ? t('approve.decisionDateFuture', { today: formatDate(today) })
        : undefined;
    setDateError(problem);
    return problem ? undefined : (iso ?? undefined);
  }

  async function run(name: TransitionName) {
    const decided = name === 'approve' ? checkedDecisionDate() : undefined;
    if (name === 'approve' && !decided) return;
    setBusy(true);
    setFailure(null);
    setResolutionError(undefined);
    try {
      const trimmed = resolution.trim();
      const updated = await write(() =>
        call(planContracts.transition, {
          params: { districtId: plan.districtId, planId: plan.id },
          body: {
            transition: name,
            version: plan.version,
            ...(name === 'approve' && trimmed ? { resolution: trimmed } : {}),
            ...(decided ? { decisionDate: decided } : {}),
          },
        }),
      );
      setConfirmingApproval(false);
      setResolution('');
      announce(t('transition.done', { phase: t(`phase.${updated.phase}`) }));
    } catch (error) {
      setFailure(errorMessageKey(error));
      const labels = { resolution: t('approve.resolution') };
      setResolutionError(serverFieldErrors(error, t, labels, locale).resolution);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="phase-actions" className="my-3">
      <h2 id="phase-actions" className="visually-hidden">
        {t('transition.title')}
      </h2>
      {failure && <Alert kind="danger">{t(failure)}</Alert>}
      <div className="d-flex flex-wrap gap-2">
        {allowed.map((tr) => (
          <button
            key={tr.name}
            type="button"
            className={`btn btn-sm ${tr.name === 'approve' ? 'btn-primary' : 'btn-outline-primary'}`}
            disabled={busy || confirmingApproval}
            onClick={() =>
              tr.name === 'approve' ? setConfirmingApproval(true) : void run(tr.name)
            }
          >
            {label(tr.name)}
          </button>
        ))}
      </div>
      {confirmingApproval && (
        <ConfirmPanel
          question={t('approve.title')}
          confirmLabel={t('approve.confirm')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          onConfirm={() => void run('approve')}
          onCancel={() => {
            setConfirmingApproval(false);
            setResolution('');
            setDateError(undefined);
            setResolutionError(undefined);
          }}
        >
          <p>{t('approve.explain')}</p>
          <TextField
            name="decisionDate"
            label={t('approve.decisionDate')}
            hint={t('approve.decisionDateHint')}
            value={decisionDate}
            onChange={setDecisionDate}
            error={dateError}
            required
            inputMode="numeric"
            autoComplete="off"
            maxLength={10}
          />
          <TextArea
            name="resolution"
            label={t('approve.resolution')}
            hint={t('approve.resolutionHint')}
            value={resolution}
            onChange={setResolution}
            error={resolutionError}
            maxLength={textLimits.title}
            rows={2}
          />
        </ConfirmPanel>
      )}
    </section>
  );
}
