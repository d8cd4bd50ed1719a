import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ObjectiveNode as Objective } from '@pdz/core';
import { useI18n } from '../../../i18n';
import { useAnnounce } from '../../../ui/Announcer';
import { ActionNode } from './ActionNode';
import { ActionForm, ObjectiveForm } from './forms';
import { movedIds, NodeToolbar } from './NodeToolbar';
import { useReturnFocus } from './useReturnFocus';
import type { TreeWrites } from './useTreeWrites';

export function ObjectiveNode(props: {
  objective: Objective;
  siblings: Objective[];
  index: number;
  writes: TreeWrites;
  onDeleted: () => void;
}) {
  const { t } = useI18n();
  const { districtId = '', planId = '' } = useParams();
  const announce = useAnnounce();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const addRef = useReturnFocus<HTMLButtonElement>(adding);
  const { objective, siblings, index, writes } = props;
  const actions = [...objective.actions].sort((a, b) => a.position - b.position);

  return (
    <li className="pdz-objective mb-3">
      {editing ? (
        <ObjectiveForm
          writes={writes}
          areaId={objective.areaId}
          objective={objective}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            announce(t('common.saved'));
          }}
        />
      ) : (
        <>
          <h4 className="h5 mb-1">
            {objective.code && <span className="pdz-code me-2">{objective.code}</span>}
            <Link to={`/districts/${districtId}/plans/${planId}/objectives/${objective.id}`}>
              {objective.title}
            </Link>
          </h4>
          {objective.description && <p className="pdz-description mb-1">{objective.description}</p>}
          <NodeToolbar
            kind={t('objective.label')}
            name={objective.title}
            index={index}
            total={siblings.length}
            deleteQuestion={t('objective.deleteConfirm', {
              title: objective.title,
              actions: objective.actions.length,
            })}
            onEdit={() => setEditing(true)}
            onMove={async (delta) => {
              await writes.reorderObjectives(
                objective.areaId,
                movedIds(
                  siblings.map((s) => s.id),
                  index,
                  delta,
                ),
              );
              announce(
                t('common.moved', {
                  name: objective.title,
                  position: index + delta + 1,
                  total: siblings.length,
                }),
              );
            }}
            onDelete={async () => {
              await writes.deleteObjective(objective.id, objective.version);
              announce(t('common.deleted', { name: objective.title }));
              props.onDeleted();
            }}
          />
        </>
      )}
      <div className="ms-3 ms-md-4">
        {actions.length === 0 ? (
          <p className="small mb-1">{t('objective.noActions')}</p>
        ) : (
          <ul className="pdz-actions">
            {actions.map((a, i) => (
              <ActionNode
                key={a.id}
                action={a}
                siblings={actions}
                index={i}
                writes={writes}
                onDeleted={() => addRef.current?.focus()}
              />
            ))}
          </ul>
        )}
        {adding ? (
          <ActionForm
            writes={writes}
            objectiveId={objective.id}
            onClose={() => setAdding(false)}
            onSaved={() => {
              setAdding(false);
              announce(t('common.saved'));
            }}
          />
        ) : (
          <button
            ref={addRef}
            type="button"
            className="btn btn-link btn-sm px-0"
            onClick={() => setAdding(true)}
          >
            {t('action.add')}{' '}
            <span className="visually-hidden">
              –{' '}
              {t('node.target', {
                kind: t('objective.label').toLowerCase(),
                name: objective.title,
              })}
            </span>
          </button>
        )}
      </div>
    </li>
  );
}
