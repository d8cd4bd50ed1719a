import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { planContracts, textLimits } from '@pdz/core';
import { call } from '../../api/client';
import { errorMessageKey, useI18n, type MessageKey } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { TextField } from '../../ui/Field';
import { useAnnounce } from '../../ui/Announcer';
import { serverFieldErrors, validate, type FieldErrors } from '../../ui/formErrors';
import { planKeys } from './queries';

export function NewPlanForm({
  districtId,
  headingLevel,
}: {
  districtId: string;
  headingLevel: 2 | 3;
}) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const thisYear = new Date().getFullYear();
  const [title, setTitle] = useState('');
  const [startYear, setStartYear] = useState(String(thisYear));
  const [endYear, setEndYear] = useState(String(thisYear + 2));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      title,
      period: { startYear: Number(startYear), endYear: Number(endYear) },
    };
    const labels = {
      title: t('plans.field.title'),
      period: t('plans.field.startYear'),
      'period.startYear': t('plans.field.startYear'),
      'period.endYear': t('plans.field.endYear'),
    };
    const checked = validate(planContracts.create.body!, input, t, labels, locale);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFailure('validation.summary');
      return;
    }
    setBusy(true);
    setFailure(null);
    setErrors({});
    try {
      const plan = await call(planContracts.create, { params: { districtId }, body: checked.data });
      await queryClient.invalidateQueries({ queryKey: planKeys.list(districtId) });
      announce(t('plans.created', { title: plan.title }));
      navigate(`/districts/${districtId}/plans/${plan.id}`);
    } catch (error) {
      setFailure(errorMessageKey(error));
      setErrors(serverFieldErrors(error, t, labels, locale));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="new-plan"
      className="pdz-edit-form p-3 mt-3"
    >
      <Heading id="new-plan" className="h5">
        {t('plans.new')}
      </Heading>
      <p>{t('plans.newIntro')}</p>
      {failure && <Alert kind="danger">{t(failure)}</Alert>}
      <TextField
        name="title"
        label={t('plans.field.title')}
        value={title}
        onChange={setTitle}
        required
        maxLength={textLimits.title}
        error={errors.title}
      />
      <div className="row">
        <div className="col-sm-6 col-lg-3">
          <TextField
            name="startYear"
            type="number"
            inputMode="numeric"
            label={t('plans.field.startYear')}
            value={startYear}
            onChange={setStartYear}
            required
            error={errors['period.startYear'] ?? errors.period}
          />
        </div>
        <div className="col-sm-6 col-lg-3">
          <TextField
            name="endYear"
            type="number"
            inputMode="numeric"
            label={t('plans.field.endYear')}
            value={endYear}
            onChange={setEndYear}
            required
            error={errors['period.endYear']}
          />
        </div>
      </div>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? t('common.saving') : t('plans.create')}
      </button>
    </form>
  );
}
