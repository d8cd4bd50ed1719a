import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import type { Indicator } from '@pdz/core';
import { errorMessageKey, useFormat, useI18n, type MessageKey } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { useAnnounce } from '../../ui/Announcer';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { IndicatorForm } from './IndicatorForm';
import type { IndicatorWrites } from './queries';

export type IndicatorOwner = { objectiveId: string } | { actionId: string };

/**
 * The indicators of one objective or one action as a table (a column per year of the plan), with
 * add, edit and delete for whoever may edit the plan.
 */
export function IndicatorList(props: {
  indicators: Indicator[];
  owner: IndicatorOwner;
  /** "objective OB1 «…»" / "action «…»": names the table and the add button */
  ownerLabel: string;
  years: number[];
  editable: boolean;
  writes: IndicatorWrites;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const announce = useAnnounce();
  const location = useLocation();
  const [editing, setEditing] = useState<Indicator | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Indicator | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  // a link to #indicator-<id> (from the coherence panel) brings that row into view
  const ids = props.indicators.map((i) => i.id).join();
  useEffect(() => {
    const id = location.hash.replace(/^#indicator-/, '');
    if (!location.hash.startsWith('#indicator-') || !ids.includes(id)) return;
    const row = document.getElementById(`indicator-${id}`);
    row?.scrollIntoView?.({ block: 'center' });
    row?.focus();
  }, [location.hash, ids]);

  const close = () => {
    setEditing(null);
    setDeleting(null);
    // after the form has gone and the add button is back
    globalThis.setTimeout(() => {
      const target = opener.current?.isConnected ? opener.current : addRef.current;
      target?.focus();
    }, 0);
  };
  const number = (v: number | null | undefined) =>
    v === null || v === undefined ? '' : format.number(v);

  async function confirmDelete(ind: Indicator) {
    setBusy(true);
    setFailure(null);
    try {
      await props.writes.remove(ind.id, ind.version);
      announce(t('indicators.deleted', { name: ind.name }));
      opener.current = null;
      close();
    } catch (error) {
      setFailure(errorMessageKey(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="mb-3">
      {props.indicators.length === 0 ? (
        <p className="small">{t('indicators.none')}</p>
      ) : (
        <div className="table-responsive">
          <table className="table table-sm align-middle pdz-indicators-table">
            <caption className="visually-hidden">
              {t('indicators.caption', { owner: props.ownerLabel })}
            </caption>
            <thead>
              <tr>
                <th scope="col" style={{ minWidth: '12rem' }}>
                  {t('indicators.col.name')}
                </th>
                <th scope="col">{t('indicators.col.kind')}</th>
                <th scope="col">{t('indicators.col.unit')}</th>
                <th scope="col" className="text-end">
                  {t('indicators.col.baseline')}
                </th>
                {props.years.map((year) => (
                  <th scope="col" className="text-end" key={year}>
                    {t('indicators.col.target', { year })}
                  </th>
                ))}
                <th scope="col">{t('indicators.col.thresholds')}</th>
                {props.editable && (
                  <th scope="col">
                    <span className="visually-hidden">{t('indicators.col.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {props.indicators.map((ind) => (
                <tr key={ind.id} id={`indicator-${ind.id}`} tabIndex={-1}>
                  <th scope="row" className="fw-normal">
                    {ind.code && <span className="fw-semibold">{ind.code} </span>}
                    {ind.name}
                  </th>
                  <td>{t(`indicators.kind.${ind.kind}`)}</td>
                  <td>{ind.unit}</td>
                  <td className="text-end">
                    {ind.baselineValue === null
                      ? ''
                      : ind.baselineYear === null
                        ? number(ind.baselineValue)
                        : t('indicators.baselineValue', {
                            value: number(ind.baselineValue),
                            year: ind.baselineYear,
                          })}
                  </td>
                  {props.years.map((year) => {
                    const target = ind.targets.find((x) => x.year === year);
                    return (
                      <td className="text-end" key={year}>
                        {target ? (
                          number(target.value)
                        ) : (
                          <span className="text-muted fst-italic">
                            {t('indicators.missingTarget')}
                          </span>
                        )}
                      </td>
                    );
                  })}
                  <td className="text-nowrap">
                    {t('indicators.thresholds', {
                      partial: ind.partialPercent,
                      achieved: ind.achievedPercent,
                    })}
                  </td>
                  {props.editable && (
                    <td>
                      <div className="d-flex flex-column align-items-start gap-1">
                        <button
                          type="button"
                          className="btn btn-link btn-sm p-0"
                          aria-label={t('indicators.editNamed', { name: ind.name })}
                          onClick={(e) => {
                            opener.current = e.currentTarget;
                            setDeleting(null);
                            setEditing(ind);
                          }}
                        >
                          {t('common.edit')}
                        </button>
                        <button
                          type="button"
                          className="btn btn-link btn-sm p-0 text-danger"
                          aria-label={t('indicators.deleteNamed', { name: ind.name })}
                          onClick={(e) => {
                            opener.current = e.currentTarget;
                            setEditing(null);
                            setDeleting(ind);
                          }}
                        >
                          {t('common.delete')}
                        </button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {deleting && (
        <ConfirmPanel
          question={t('indicators.deleteQuestion', { name: deleting.name })}
          confirmLabel={t('common.delete')}
          cancelLabel={t('common.cancel')}
          danger
          busy={busy}
          onConfirm={() => void confirmDelete(deleting)}
          onCancel={close}
        >
          {failure && <Alert kind="danger">{t(failure)}</Alert>}
        </ConfirmPanel>
      )}
      {editing && (
        <IndicatorForm
          key={editing === 'new' ? 'new' : editing.id}
          writes={props.writes}
          owner={props.owner}
          planYears={props.years}
          {...(editing === 'new' ? {} : { indicator: editing })}
          onDone={(saved) => {
            announce(t('indicators.saved', { name: saved.name }));
            close();
          }}
          onCancel={close}
        />
      )}
      {props.editable && editing !== 'new' && (
        <button
          ref={addRef}
          type="button"
          className="btn btn-outline-primary btn-sm"
          aria-label={t('indicators.addTo', { owner: props.ownerLabel })}
          onClick={() => {
            opener.current = null;
            setDeleting(null);
            setEditing('new');
          }}
        >
          {t('indicators.add')}
        </button>
      )}
    </div>
  );
}
