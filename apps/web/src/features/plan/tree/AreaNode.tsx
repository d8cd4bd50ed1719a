import { useState } from 'react';
import type { AreaNode as Area, ClassificationItem } from '@pdz/core';
import { useI18n } from '../../../i18n';
import { useAnnounce } from '../../../ui/Announcer';
import { AreaForm, ObjectiveForm } from './forms';
import { movedIds, NodeToolbar } from './NodeToolbar';
import { ObjectiveNode } from './ObjectiveNode';
import { useReturnFocus } from './useReturnFocus';
import type { TreeWrites } from './useTreeWrites';

export function AreaNode(props: {
  area: Area;
  siblings: Area[];
  index: number;
  writes: TreeWrites;
  classifications: ClassificationItem[];
  classificationLabel: (code: string) => string | undefined;
  onDeleted: () => void;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const addRef = useReturnFocus<HTMLButtonElement>(adding);
  const { area, siblings, index, writes } = props;
  const objectives = [...area.objectives].sort((a, b) => a.position - b.position);
  const actionCount = area.objectives.reduce((n, o) => n + o.actions.length, 0);

  return (
    <li className="pdz-area mb-4">
      {editing ? (
        <AreaForm
          writes={writes}
          classifications={props.classifications}
          area={{ ...area, classificationCode: area.classificationCode ?? '' }}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            announce(t('common.saved'));
          }}
        />
      ) : (
        <>
          <h3 className="h4 mb-1">{area.title}</h3>
          {area.classificationCode && (
            <p className="small mb-1">
              {t('area.classification')}:{' '}
              {props.classificationLabel(area.classificationCode) ?? area.classificationCode}
            </p>
          )}
          {area.description && <p className="pdz-description mb-1">{area.description}</p>}
          <NodeToolbar
            kind={t('area.label')}
            name={area.title}
            index={index}
            total={siblings.length}
            deleteQuestion={t('area.deleteConfirm', {
              title: area.title,
              objectives: area.objectives.length,
              actions: actionCount,
            })}
            onEdit={() => setEditing(true)}
            onMove={async (delta) => {
              await writes.reorderAreas(
                movedIds(
                  siblings.map((s) => s.id),
                  index,
                  delta,
                ),
              );
              announce(
                t('common.moved', {
                  name: area.title,
                  position: index + delta + 1,
                  total: siblings.length,
                }),
              );
            }}
            onDelete={async () => {
              await writes.deleteArea(area.id, area.version);
              announce(t('common.deleted', { name: area.title }));
              props.onDeleted();
            }}
          />
        </>
      )}
      <div className="ms-3 ms-md-4 mt-2">
        {objectives.length === 0 ? (
          <p className="small">{t('area.noObjectives')}</p>
        ) : (
          <ol className="list-unstyled">
            {objectives.map((o, i) => (
              <ObjectiveNode
                key={o.id}
                objective={o}
                siblings={objectives}
                index={i}
                writes={writes}
                onDeleted={() => addRef.current?.focus()}
              />
            ))}
          </ol>
        )}
        {adding ? (
          <ObjectiveForm
            writes={writes}
            areaId={area.id}
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
            className="btn btn-outline-primary btn-sm"
            onClick={() => setAdding(true)}
          >
            {t('objective.add')}{' '}
            <span className="visually-hidden">
              – {t('node.target', { kind: t('area.label').toLowerCase(), name: area.title })}
            </span>
          </button>
        )}
      </div>
    </li>
  );
}
