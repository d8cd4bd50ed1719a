import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  budgetContracts,
  formatMoneyInput,
  parseMoneyInput,
  type ClassificationItem,
  type District,
  type MunicipalShareRuleRow,
  type MunicipalShareSettings,
} from '@pdz/core';
import { isApiError } from '../../../api/ApiError';
import { call } from '../../../api/client';
import { errorMessageKey, useFormat, useI18n, type MessageKey } from '../../../i18n';
import { Alert } from '../../../ui/Alert';
import { useAnnounce } from '../../../ui/Announcer';
import { ConflictNotice } from '../../../ui/ConflictNotice';
import { SelectField, TextField } from '../../../ui/Field';
import { Loading } from '../../../ui/Loading';
import { planKeys } from '../queries';
import { ScrollRegion } from './grid';
import { budgetKeys, useMunicipalShareRule, useMunicipalShareTable } from './queries';

type Kind = MunicipalShareSettings['rule']['kind'];
const kinds: Kind[] = ['perInhabitant', 'fixed', 'mixed'];
const kindLabel: Record<Kind, MessageKey> = {
  perInhabitant: 'budget.shares.kind.perInhabitant',
  fixed: 'budget.shares.kind.fixed',
  mixed: 'budget.shares.kind.mixed',
};

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

/**
 * The municipalities' share: the rule (which source, reference year, how to split) and, for each
 * year of the plan, what each municipality gets.
 */
export function MunicipalShares(props: {
  districtId: string;
  planId: string;
  district: District;
  sources: ClassificationItem[];
  sourceLabel: (code: string) => string;
  editable: boolean;
}) {
  const { t } = useI18n();
  const { districtId, planId } = props;
  const rule = useMunicipalShareRule(districtId, planId);
  const table = useMunicipalShareTable(districtId, planId);

  return (
    <section id="municipal-shares" aria-labelledby="municipal-shares-title" className="mb-5">
      <h2 id="municipal-shares-title" className="h3" tabIndex={-1}>
        {t('budget.shares.title')}
      </h2>
      <p>{t('budget.shares.intro')}</p>
      {rule.isPending ? (
        <Loading label={t('app.loading')} />
      ) : rule.isError ? (
        <Alert kind="danger">{t(errorMessageKey(rule.error))}</Alert>
      ) : props.editable ? (
        <RuleForm key={rule.data.rule?.version ?? 0} {...props} rule={rule.data.rule} />
      ) : rule.data.rule ? (
        <RuleText rule={rule.data.rule} sourceLabel={props.sourceLabel} />
      ) : (
        <p>{t('budget.shares.none')}</p>
      )}
      {table.isError && <Alert kind="danger">{t(errorMessageKey(table.error))}</Alert>}
      {table.data && (
        <ShareTables table={table.data} sourceLabel={props.sourceLabel} district={props.district} />
      )}
    </section>
  );
}

function ruleKindText(t: ReturnType<typeof useI18n>['t'], r: MunicipalShareSettings['rule']) {
  return r.kind === 'mixed'
    ? t('budget.shares.mixedRule', { percent: formatMoneyInput(r.populationBasisPoints) })
    : t(kindLabel[r.kind]);
}

function RuleText(props: { rule: MunicipalShareRuleRow; sourceLabel: (code: string) => string }) {
  const { t } = useI18n();
  return (
    <p className="fw-semibold">
      {t('budget.shares.rule', {
        kind: ruleKindText(t, props.rule.rule),
        source: `${props.sourceLabel(props.rule.sourceCode)} (${props.rule.sourceCode})`,
        year: props.rule.populationYear,
      })}
    </p>
  );
}

function RuleForm(props: {
  districtId: string;
  planId: string;
  district: District;
  sources: ClassificationItem[];
  sourceLabel: (code: string) => string;
  rule: MunicipalShareRuleRow | null;
}) {
  const { t } = useI18n();
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
    if (!/^\d{4}$/.test(values.populationYear.trim()))
      errs.populationYear = t('validation.invalid');
    let rule: MunicipalShareSettings['rule'] = { kind: 'perInhabitant' };
    if (values.kind === 'mixed') {
      const bp = basisPoints(values.populationPercent);
      if (bp === null) errs.populationPercent = t('budget.shares.invalidPercent');
      rule = { kind: 'mixed', populationBasisPoints: bp ?? 0 };
    } else if (values.kind === 'fixed') {
      const shares: Record<string, number> = {};
      for (const m of district.municipalities) {
        const text = values.shares[m.id] ?? '';
        if (text.trim() === '') continue;
        const bp = basisPoints(text);
        if (bp === null) errs[`share-${m.id}`] = t('budget.shares.invalidPercent');
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
      const saved = await call(budgetContracts.setMunicipalShareRule, {
        params: { districtId, planId },
        body: { ...s.value, version: baseVersion },
      });
      setVersion(saved.version);
      announce(t('budget.shares.saved'));
      queryClient.setQueryData(budgetKeys.shareRule(districtId, planId), { rule: saved });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: budgetKeys.shareTable(districtId, planId) }),
        queryClient.invalidateQueries({ queryKey: budgetKeys.coherence(districtId, planId) }),
        queryClient.invalidateQueries({ queryKey: planKeys.tree(districtId, planId) }),
      ]);
    } catch (err) {
      if (isApiError(err) && err.code === 'VERSION_CONFLICT') {
        setConflict((err.current as MunicipalShareRuleRow | null) ?? null);
      } else if (isApiError(err) && err.issues.length > 0) {
        const byField: Record<string, string> = {};
        for (const issue of err.issues) {
          const f = issue.field.replace(/^body\./, '');
          if (f === 'sourceCode' || f === 'populationYear') byField[f] = issue.message;
          else if (f === 'rule.populationBasisPoints') byField.populationPercent = issue.message;
          else if (f.startsWith('rule.shares.')) byField[`share-${f.slice(12)}`] = issue.message;
          else byField.shares = issue.message;
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

function ShareTables(props: {
  table: NonNullable<ReturnType<typeof useMunicipalShareTable>['data']>;
  sourceLabel: (code: string) => string;
  district: District;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const { rule, years, issues } = props.table;
  if (!rule) return null;
  if (issues.length > 0) {
    const names = new Map(props.district.municipalities.map((m) => [m.id, m.name]));
    return (
      <Alert kind="warning" title={t('budget.shares.cannotApply')}>
        <ul className="mb-0">
          {issues.map((i) => (
            <li key={i.field}>
              {i.field.startsWith('rule.shares.') && !names.has(i.field.slice(12))
                ? t('budget.shares.unknownMunicipality')
                : i.message}
            </li>
          ))}
        </ul>
      </Alert>
    );
  }
  const kind = rule.rule.kind;
  const columns: { key: 'byPopulation' | 'equalPart' | 'fixedPart'; label: MessageKey }[] =
    kind === 'fixed'
      ? [{ key: 'fixedPart', label: 'budget.shares.fixedPart' }]
      : kind === 'mixed'
        ? [
            { key: 'byPopulation', label: 'budget.shares.byPopulation' },
            { key: 'equalPart', label: 'budget.shares.equalPart' },
          ]
        : [{ key: 'byPopulation', label: 'budget.shares.byPopulation' }];
  return (
    <>
      <RuleText rule={rule} sourceLabel={props.sourceLabel} />
      {years.map((y) =>
        y.total === 0 ? (
          <p key={y.year}>
            {t('budget.shares.nothing', {
              year: y.year,
              source: props.sourceLabel(rule.sourceCode),
            })}
          </p>
        ) : (
          <ScrollRegion key={y.year} label={t('budget.year', { year: y.year })}>
            <table className="table table-sm">
              <caption className="caption-top fw-semibold text-body">
                {t('budget.shares.tableCaption', {
                  year: y.year,
                  total: format.money(y.total),
                  source: props.sourceLabel(rule.sourceCode),
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('budget.shares.municipality')}</th>
                  <th scope="col" className="text-end">
                    {t('budget.shares.population', { year: rule.populationYear })}
                  </th>
                  {columns.map((c) => (
                    <th key={c.key} scope="col" className="text-end">
                      {t(c.label)}
                    </th>
                  ))}
                  <th scope="col" className="text-end">
                    {t('budget.shares.amount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {y.rows.map((r) => (
                  <tr key={r.municipalityId}>
                    <th scope="row">{r.name}</th>
                    <td className="text-nowrap text-end">{format.number(r.population)}</td>
                    {columns.map((c) => (
                      <td key={c.key} className="text-nowrap text-end">
                        {format.money(r[c.key])}
                      </td>
                    ))}
                    <td className="text-nowrap text-end">{format.money(r.amount)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('budget.total')}</th>
                  <td className="text-nowrap text-end fw-semibold">
                    {format.number(y.rows.reduce((s, r) => s + r.population, 0))}
                  </td>
                  {columns.map((c) => (
                    <td key={c.key} className="text-nowrap text-end fw-semibold">
                      {format.money(y.rows.reduce((s, r) => s + r[c.key], 0))}
                    </td>
                  ))}
                  <td className="text-nowrap text-end fw-semibold">
                    {format.money(y.rows.reduce((s, r) => s + r.amount, 0))}
                  </td>
                </tr>
              </tfoot>
            </table>
          </ScrollRegion>
        ),
      )}
    </>
  );
}
