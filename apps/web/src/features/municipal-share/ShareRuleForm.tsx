import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  formatMoneyInput,
  parseMoneyInput,
  type ClassificationItem,
  type District,
  type MunicipalShareRuleRow,
  type MunicipalShareSettings,
  municipalShareContracts,
} from '@pdz/core';
import { isApiError } from '../../api/ApiError';
import { call } from '../../api/client';
import { errorMessageKey, issueMessage, useI18n } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { useAnnounce } from '../../ui/Announcer';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { SelectField, TextField } from '../../ui/Field';
import { coherenceKey, planKeys } from '../plan/queries';
import { municipalShareKeys } from './queries';
import { kindLabel, kinds, ruleKindText, type Kind } from './ShareRuleText';

interface FormValues {
  sourceCode: string;
  populationYear: string;
  kind: Kind;
  populationPercent: string;
  shares: Record<string, string>;
}

function valuesOf(rule: MunicipalShareRuleRow | null, district: District): FormValues {
  const r = rule?.rule;
  return {
    sourceCode: rule?.sourceCode ?? 'COM',
    populationYear: String(
      rule?.populationYear ?? district.municipalities[0]?.populationYear ?? '',
    ),
    kind: r?.kind ?? 'perInhabitant',
    populationPercent: r?.kind === 'mixed' ? formatMoneyInput(r.populationBasisPoints) : '70',
    shares: Object.fromEntries(
      district.municipalities.map((m) => [
        m.id,
        r?.kind === 'fixed' && r.shares[m.id] !== undefined
          ? formatMoneyInput(r.shares[m.id]!)
          : '',
      ]),
    ),
  };
}

/** A percentage typed like money ("12,5") read as basis points (1250), or null. */
function basisPoints(text: string): number | null {
  const p = parseMoneyInput(text);
  return p.ok && p.cents <= 10_000 ? p.cents : null;
}

/** The municipalities' share rule, for the plan office: source, population year, how to split. */
export function RuleForm(props: {
  districtId: string;
  planId: string;
  district: District;
  sources: ClassificationItem[];
  sourceLabel: (code: string) => string;
  rule: MunicipalShareRuleRow | null;
}) {
  const { t, locale } = useI18n();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const { districtId, planId, district } = props;
  const [values, setValues] = useState(() => valuesOf(props.rule, district));
  const [version, setVersion] = useState<number | null>(props.rule?.version ?? null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<MunicipalShareRuleRow | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<FormValues>) => setValues((v) => ({ ...v, ...patch }));

  const shareSum = Object.values(values.shares).reduce(
    (s, text) => s + (basisPoints(text) ?? 0),
    0,
  );

  function settings(): { value?: MunicipalShareSettings; errors: Record<string, string> } {
    const errs: Record<string, string> = {};
    const year = Number(values.populationYear);
    const yearField = t('budget.shares.populationYear');
    if (!/^\d{4}$/.test(values.populationYear.trim()))
      errs.populationYear = t('validation.yearFormat', { field: yearField });
    let rule: MunicipalShareSettings['rule'] = { kind: 'perInhabitant' };
    if (values.kind === 'mixed') {
      const bp = basisPoints(values.populationPercent);
      if (bp === null) {
        const field = t('budget.shares.populationPercent');
        errs.populationPercent = t('budget.shares.invalidPercent', { field });
      }
      rule = { kind: 'mixed', populationBasisPoints: bp ?? 0 };
    } else if (values.kind === 'fixed') {
      const shares: Record<string, number> = {};
      for (const m of district.municipalities) {
        const text = values.shares[m.id] ?? '';
        if (text.trim() === '') continue;
        const bp = basisPoints(text);
        const field = t('budget.shares.sharePercent', { name: m.name });
        if (bp === null) errs[`share-${m.id}`] = t('budget.shares.invalidPercent', { field });
        else shares[m.id] = bp;
      }
      if (shareSum !== 10_000)
        errs.shares = t('budget.shares.sharesSum', { sum: formatMoneyInput(shareSum) });
      rule = { kind: 'fixed', shares };
    }
    return {
      errors: errs,
      value: { sourceCode: values.sourceCode, populationYear: year, rule },
    };
  }

  async function submit(e: FormEvent, baseVersion = version) {
    e.preventDefault();
    const s = settings();
    setErrors(s.errors);
    setFailure(null);
    if (Object.keys(s.errors).length > 0 || !s.value) {
      setFailure(t('budget.shares.fixErrors'));
      return;
    }
    setBusy(true);
    try {
      const saved = await call(municipalShareContracts.setRule, {
        params: { districtId, planId },
        body: { ...s.value, version: baseVersion },
      });
      setVersion(saved.version);
      announce(t('budget.shares.saved'));
      queryClient.setQueryData(municipalShareKeys.rule(districtId, planId), { rule: saved });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: municipalShareKeys.table(districtId, planId) }),
        queryClient.invalidateQueries({ queryKey: coherenceKey(districtId, planId) }),
        queryClient.invalidateQueries({ queryKey: planKeys.tree(districtId, planId) }),
      ]);
    } catch (err) {
      if (isApiError(err) && err.code === 'VERSION_CONFLICT') {
        setConflict((err.current as MunicipalShareRuleRow | null) ?? null);
      } else if (isApiError(err) && err.issues.length > 0) {
        const byField: Record<string, string> = {};
        const town = (id: string) => district.municipalities.find((m) => m.id === id)?.name ?? id;
        for (const issue of err.issues) {
          const f = issue.field.replace(/^body\./, '');
          const say = (field: string) => issueMessage(issue, field, t, locale);
          if (f === 'sourceCode') byField[f] = say(t('budget.shares.source'));
          else if (f === 'populationYear') byField[f] = say(t('budget.shares.populationYear'));
          else if (f === 'rule.populationBasisPoints')
            byField.populationPercent = say(t('budget.shares.populationPercent'));
          else if (f.startsWith('rule.shares.')) {
            const id = f.slice(12);
            byField[`share-${id}`] = say(t('budget.shares.sharePercent', { name: town(id) }));
          } else byField.shares = say(t('budget.shares.kind'));
        }
        setErrors(byField);
        setFailure(t('budget.shares.fixErrors'));
      } else {
        setFailure(t(errorMessageKey(err)));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="mb-4">
      {conflict !== undefined && conflict !== null && (
        <ConflictNotice
          fields={[
            { name: 'kind', label: t('budget.shares.kind') },
            { name: 'sourceCode', label: t('budget.shares.source') },
            { name: 'populationYear', label: t('budget.shares.populationYear') },
          ]}
          current={{
            kind: ruleKindText(t, conflict.rule),
            sourceCode: conflict.sourceCode,
            populationYear: String(conflict.populationYear),
          }}
          onUseCurrent={() => {
            setValues(valuesOf(conflict, district));
            setVersion(conflict.version);
            setConflict(null);
          }}
          onKeepMine={() => {
            setVersion(conflict.version);
            setConflict(null);
          }}
        />
      )}
      {failure && <Alert kind="danger">{failure}</Alert>}
      <div className="row">
        <div className="col-md-6">
          <SelectField
            name="sourceCode"
            label={t('budget.shares.source')}
            value={values.sourceCode}
            onChange={(v) => set({ sourceCode: v })}
            options={props.sources.map((s) => ({
              value: s.code,
              label: `${props.sourceLabel(s.code)} (${s.code})`,
            }))}
            error={errors.sourceCode}
          />
        </div>
        <div className="col-md-6">
          <TextField
            name="populationYear"
            label={t('budget.shares.populationYear')}
            value={values.populationYear}
            onChange={(v) => set({ populationYear: v })}
            inputMode="numeric"
            maxLength={4}
            error={errors.populationYear}
          />
        </div>
      </div>
      <fieldset className="mb-3">
        <legend className="h6 fw-semibold">{t('budget.shares.kind')}</legend>
        {kinds.map((k) => (
          <div className="form-check" key={k}>
            <input
              className="form-check-input"
              type="radio"
              name="share-kind"
              id={`share-kind-${k}`}
              checked={values.kind === k}
              onChange={() => set({ kind: k })}
            />
            <label className="form-check-label" htmlFor={`share-kind-${k}`}>
              {t(kindLabel[k])}
            </label>
          </div>
        ))}
      </fieldset>
      {values.kind === 'mixed' && (
        <div className="col-md-6">
          <TextField
            name="populationPercent"
            label={t('budget.shares.populationPercent')}
            hint={t('budget.shares.populationPercentHint')}
            value={values.populationPercent}
            onChange={(v) => set({ populationPercent: v })}
            inputMode="text"
            error={errors.populationPercent}
          />
        </div>
      )}
      {values.kind === 'fixed' && (
        <fieldset className="mb-3" aria-describedby="shares-sum">
          <legend className="h6 fw-semibold">{t('budget.shares.kind.fixed')}</legend>
          <div className="row">
            {district.municipalities.map((m) => (
              <div className="col-md-4" key={m.id}>
                <TextField
                  name={`share-${m.id}`}
                  label={t('budget.shares.sharePercent', { name: m.name })}
                  value={values.shares[m.id] ?? ''}
                  onChange={(v) => set({ shares: { ...values.shares, [m.id]: v } })}
                  inputMode="text"
                  error={errors[`share-${m.id}`]}
                />
              </div>
            ))}
          </div>
          <p
            id="shares-sum"
            className={shareSum === 10_000 ? '' : 'text-danger fw-semibold'}
            aria-live="polite"
          >
            {t('budget.shares.sharesSum', { sum: formatMoneyInput(shareSum) })}
            {errors.shares &&
              errors.shares !==
                t('budget.shares.sharesSum', { sum: formatMoneyInput(shareSum) }) && (
                <span className="d-block">{errors.shares}</span>
              )}
          </p>
        </fieldset>
      )}
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {t('budget.shares.save')}
      </button>
    </form>
  );
}
