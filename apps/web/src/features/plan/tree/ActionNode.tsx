import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Action } from '@pdz/core';
import { useI18n } from '../../../i18n';
import { useAnnounce } from '../../../ui/Announcer';
import { ActionForm } from './forms';
import { movedIds, NodeToolbar } from './NodeToolbar';
import type { TreeWrites } from './useTreeWrites';

export function ActionNode(props: {
  action: Action;
  siblings: Action[];
  index: number;
  writes: TreeWrites;
  onDeleted: () => void;
}) {
  const { t } = useI18n();
  const { districtId = '', planId = '' } = useParams();
  const announce = useAnnounce();
  const [editing, setEditing] = useState(false);
  const { action, siblings, index, writes } = props;

  if (editing) {
    return (
      <li className="mb-2">
        <ActionForm
          writes={writes}
          objectiveId={action.objectiveId}
          action={action}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            announce(t('common.saved'));
          }}
        />
      </li>
    );
  }
  return (
    <li className="mb-2 pdz-action">
      <Link
        className="fw-semibold"
        to={`/districts/${districtId}/plans/${planId}/actions/${action.id}`}
      >
        {action.title}
      </Link>
      {action.description && <span className="d-block">{action.description}</span>}
      <NodeToolbar
        kind={t('action.label')}
        name={action.title}
        index={index}
        total={siblings.length}
        deleteQuestion={t('action.deleteConfirm', { title: action.title })}
        onEdit={() => setEditing(true)}
        onMove={async (delta) => {
          await writes.reorderActions(
            action.objectiveId,
            movedIds(
              siblings.map((s) => s.id),
              index,
              delta,
            ),
          );
          announce(
            t('common.moved', {
              name: action.title,
              position: index + delta + 1,
              total: siblings.length,
            }),
          );
        }}
        onDelete={async () => {
          await writes.deleteAction(action.id, action.version);
          announce(t('common.deleted', { name: action.title }));
          props.onDeleted();
        }}
      />
    </li>
  );
}
