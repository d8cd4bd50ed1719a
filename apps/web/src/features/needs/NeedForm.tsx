import { useId, useState, type FormEvent } from 'react';
import { needLimits, type EvidenceLink, type NeedStatement } from '@pdz/core';
import { isApiError } from '../../api/ApiError';
import { errorMessageKey, useI18n } from '../../i18n';
import { serverFieldErrors } from '../../ui/formErrors';

export interface NeedDraft {
  areaId: string;
  title: string;
  statement: string;
  evidence: EvidenceLink[];
}

/** "label | url" per line ⇄ evidence links. */
export function evidenceToText(evidence: EvidenceLink[]): string {
  return evidence.map((e) => (e.url ? `${e.label} | ${e.url}` : e.label)).join('\n');
}
export function textToEvidence(text: string): EvidenceLink[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [label = '', ...rest] = line.split('|');
      return { label: label.trim(), url: rest.join('|').trim() };
    });
}

/** Create or edit a need statement; the server's field messages are shown beside the fields. */
export function NeedForm({
  need,
  areaId,
  areas,
  onSave,
  onCancel,
  label,
}: {
  label: string;
  need?: NeedStatement;
  areaId: string;
  areas: { id: string; title: string }[];
  onSave: (draft: NeedDraft) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const [area, setArea] = useState(need?.areaId ?? areaId);
  const [title, setTitle] = useState(need?.title ?? '');
  const [statement, setStatement] = useState(need?.statement ?? '');
  const [evidence, setEvidence] = useState(evidenceToText(need?.evidence ?? []));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSave({ areaId: area, title, statement, evidence: textToEvidence(evidence) });
      if (!need) {
        setTitle('');
        setStatement('');
        setEvidence('');
      }
    } catch (err) {
      if (isApiError(err) && err.code === 'VERSION_CONFLICT') setError(t('needs.conflict'));
      else if (isApiError(err) && err.issues.length > 0) {
        const labels = {
          areaId: t('needs.field.area'),
          title: t('needs.field.title'),
          statement: t('needs.field.statement'),
          evidence: t('needs.field.evidence'),
        };
        setError(Object.values(serverFieldErrors(err, t, labels, locale)).join(' '));
      } else setError(t(errorMessageKey(err)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="border rounded p-3 my-2"
      aria-busy={busy}
      aria-label={label}
    >
      {need && (
        <div className="mb-2">
          <label htmlFor={`${id}-area`} className="form-label">
            {t('needs.field.area')}
          </label>
          <select
            id={`${id}-area`}
            className="form-select"
            value={area}
            onChange={(e) => setArea(e.target.value)}
          >
            {areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="mb-2">
        <label htmlFor={`${id}-title`} className="form-label">
          {t('needs.field.title')}
        </label>
        <input
          id={`${id}-title`}
          className="form-control"
          value={title}
          required
          maxLength={needLimits.title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className="mb-2">
        <label htmlFor={`${id}-statement`} className="form-label">
          {t('needs.field.statement')}
        </label>
        <textarea
          id={`${id}-statement`}
          className="form-control"
          rows={3}
          value={statement}
          maxLength={needLimits.statement}
          onChange={(e) => setStatement(e.target.value)}
        />
      </div>
      <div className="mb-2">
        <label htmlFor={`${id}-evidence`} className="form-label">
          {t('needs.field.evidence')}
        </label>
        <textarea
          id={`${id}-evidence`}
          className="form-control"
          rows={2}
          value={evidence}
          onChange={(e) => setEvidence(e.target.value)}
        />
      </div>
      {error && (
        <p className="text-danger" role="alert">
          {error}
        </p>
      )}
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary btn-sm" disabled={busy}>
          {t('needs.save')}
        </button>
        {onCancel && (
          <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onCancel}>
            {t('needs.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
