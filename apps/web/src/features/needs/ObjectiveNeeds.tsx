import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { isPlanEditable } from '@pdz/core';
import { errorMessageKey, useI18n } from '../../i18n';
import { useAnnounce } from '../../ui/Announcer';
import { usePlanTree } from '../plan/queries';
import { useDistrictAccess } from '../territory/queries';
import { useNeedWrites, usePlanNeeds } from './queries';

/**
 * On the objective sheet: the needs the objective answers (traceability need → objective), and
 * for the plan office a list of the plan's needs to tick.
 */
export function ObjectiveNeeds({
  districtId,
  planId,
  objectiveId,
}: {
  districtId: string;
  planId: string;
  objectiveId: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const needs = usePlanNeeds(districtId, planId);
  const tree = usePlanTree(districtId, planId);
  const access = useDistrictAccess(districtId);
  const writes = useNeedWrites(districtId, planId);
  const announce = useAnnounce();
  const [editing, setEditing] = useState(false);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  if (!needs.data || !tree.data) return null;
  const items = needs.data.items;
  const linked = items.filter((n) => n.objectiveIds.includes(objectiveId));
  const canEdit = access.can('plan.edit') && isPlanEditable(tree.data.phase);
  const areaTitle = new Map(tree.data.areas.map((a) => [a.id, a.title]));

  function start() {
    setChosen(new Set(linked.map((n) => n.id)));
    setEditing(true);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await writes.link(objectiveId, [...chosen]);
      setEditing(false);
      announce(t('needs.objective.saved'));
    } catch (err) {
      setError(t(errorMessageKey(err)));
    }
  }

  return (
    <section aria-labelledby={`${id}-h`} className="mb-4">
      <h3 id={`${id}-h`} className="h5">
        {t('needs.objective.heading')}
      </h3>
      {!editing &&
        (linked.length === 0 ? (
          <p>{t('needs.objective.none')}</p>
        ) : (
          <ul>
            {linked.map((n) => (
              <li key={n.id}>
                <Link to={`/districts/${districtId}/plans/${planId}/needs`}>{n.title}</Link>
              </li>
            ))}
          </ul>
        ))}
      {canEdit && !editing && items.length > 0 && (
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={start}>
          {t('needs.objective.edit')}
        </button>
      )}
      {editing && (
        <form onSubmit={submit}>
          <fieldset>
            <legend className="h6">{t('needs.objective.legend')}</legend>
            {items.map((n) => (
              <div className="form-check" key={n.id}>
                <input
                  id={`${id}-${n.id}`}
                  type="checkbox"
                  className="form-check-input"
                  checked={chosen.has(n.id)}
                  onChange={(e) => {
                    const next = new Set(chosen);
                    if (e.target.checked) next.add(n.id);
                    else next.delete(n.id);
                    setChosen(next);
                  }}
                />
                <label htmlFor={`${id}-${n.id}`} className="form-check-label">
                  {n.title} <span className="small">({areaTitle.get(n.areaId)})</span>
                </label>
              </div>
            ))}
          </fieldset>
          {error && (
            <p className="text-danger" role="alert">
              {error}
            </p>
          )}
          <div className="d-flex gap-2 mt-2">
            <button type="submit" className="btn btn-primary btn-sm">
              {t('needs.objective.save')}
            </button>
            <button
              type="button"
              className="btn btn-outline-secondary btn-sm"
              onClick={() => setEditing(false)}
            >
              {t('needs.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
