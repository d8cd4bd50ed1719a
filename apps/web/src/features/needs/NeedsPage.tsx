import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isPlanEditable, type NeedStatement, type PlanTree } from '@pdz/core';
import { errorMessageKey, useI18n } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { useAnnounce } from '../../ui/Announcer';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { usePlanTree } from '../plan/queries';
import { useDistrictAccess } from '../territory/queries';
import { NeedForm } from './NeedForm';
import { useNeedWrites, usePlanNeeds } from './queries';

/** The plan's need statements by area, with evidence and the objectives answering them. */
export function NeedsPage() {
  const { districtId = '', planId = '' } = useParams();
  const { t } = useI18n();
  const tree = usePlanTree(districtId, planId);
  const needs = usePlanNeeds(districtId, planId);
  const access = useDistrictAccess(districtId);
  const writes = useNeedWrites(districtId, planId);
  const announce = useAnnounce();
  useDocumentTitle([t('needs.title'), tree.data?.title, t('app.name')]);

  if (tree.isPending || needs.isPending) return <Loading label={t('app.loading')} />;
  if (tree.isError) return <Alert kind="danger">{t(errorMessageKey(tree.error))}</Alert>;
  if (needs.isError) return <Alert kind="danger">{t(errorMessageKey(needs.error))}</Alert>;
  const plan = tree.data;
  const canEdit = access.can('plan.edit') && isPlanEditable(plan.phase);
  const areas = plan.areas.map((a) => ({ id: a.id, title: a.title }));

  return (
    <>
      <h2 className="h3">{t('needs.title')}</h2>
      <p>{t('needs.intro')}</p>
      <p>
        <Link to={`/districts/${districtId}/needs`}>{t('needs.analysisLink')}</Link>
      </p>
      {!canEdit && <p className="small">{t('needs.readOnly')}</p>}
      {plan.areas.map((area) => {
        const own = needs.data.items.filter((n) => n.areaId === area.id);
        return (
          <section key={area.id} aria-labelledby={`needs-area-${area.id}`} className="mb-4">
            <h3 id={`needs-area-${area.id}`} className="h4">
              {area.title}
            </h3>
            {own.length === 0 && <p>{t('needs.none')}</p>}
            <ul className="list-unstyled">
              {own.map((need) => (
                <NeedItem
                  key={need.id}
                  need={need}
                  plan={plan}
                  areas={areas}
                  canEdit={canEdit}
                  base={`/districts/${districtId}/plans/${planId}`}
                  onSave={async (draft) => {
                    await writes.update(need.id, { version: need.version, ...draft });
                    announce(t('needs.saved'));
                  }}
                  onDelete={async () => {
                    await writes.remove(need.id, need.version);
                    announce(t('needs.deleted'));
                  }}
                />
              ))}
            </ul>
            {canEdit && (
              <details>
                <summary>{t('needs.add', { area: area.title })}</summary>
                <NeedForm
                  label={t('needs.add', { area: area.title })}
                  areaId={area.id}
                  areas={areas}
                  onSave={async (draft) => {
                    await writes.create({ ...draft, areaId: area.id });
                    announce(t('needs.saved'));
                  }}
                />
              </details>
            )}
          </section>
        );
      })}
    </>
  );
}

function NeedItem({
  need,
  plan,
  areas,
  canEdit,
  base,
  onSave,
  onDelete,
}: {
  need: NeedStatement;
  plan: PlanTree;
  areas: { id: string; title: string }[];
  canEdit: boolean;
  base: string;
  onSave: (draft: Parameters<Parameters<typeof NeedForm>[0]['onSave']>[0]) => Promise<void>;
  onDelete: () => Promise<void>;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const objectives = plan.areas
    .flatMap((a) => a.objectives)
    .filter((o) => need.objectiveIds.includes(o.id));
  if (editing) {
    return (
      <li>
        <NeedForm
          label={t('needs.editTitle', { title: need.title })}
          need={need}
          areaId={need.areaId}
          areas={areas}
          onSave={async (draft) => {
            await onSave(draft);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li className="border-start border-4 ps-3 mb-3 pdz-need">
      <h4 className="h5 mb-1">{need.title}</h4>
      {need.statement && <p className="mb-1">{need.statement}</p>}
      {need.evidence.length > 0 && (
        <>
          <p className="fw-semibold small mb-0">{t('needs.evidence')}</p>
          <ul className="small">
            {need.evidence.map((e, i) => (
              <li key={i}>{e.url ? <a href={e.url}>{e.label}</a> : e.label}</li>
            ))}
          </ul>
        </>
      )}
      <p className="fw-semibold small mb-0">{t('needs.answeredBy')}</p>
      {objectives.length === 0 ? (
        <p className="small">{t('needs.notAnswered')}</p>
      ) : (
        <ul className="small">
          {objectives.map((o) => (
            <li key={o.id}>
              <Link to={`${base}/objectives/${o.id}`}>
                {o.code ? `${o.code} · ` : ''}
                {o.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {canEdit && !confirming && (
        <div className="d-flex gap-2">
          <button
            type="button"
            className="btn btn-outline-primary btn-sm"
            onClick={() => setEditing(true)}
          >
            {t('needs.edit')}
            <span className="visually-hidden">: {need.title}</span>
          </button>
          <button
            type="button"
            className="btn btn-outline-danger btn-sm"
            onClick={() => setConfirming(true)}
          >
            {t('needs.delete')}
            <span className="visually-hidden">: {need.title}</span>
          </button>
        </div>
      )}
      {confirming && (
        <ConfirmPanel
          danger
          question={t('needs.deleteConfirm', { title: need.title })}
          confirmLabel={t('needs.delete')}
          cancelLabel={t('needs.cancel')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            onDelete().catch((err: unknown) => {
              setConfirming(false);
              setError(t(errorMessageKey(err)));
            });
          }}
        />
      )}
      {error && (
        <p className="text-danger" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
