import { useState } from 'react';
import type { ClassificationItem, PlanTree } from '@pdz/core';
import { useI18n } from '../../../i18n';
import { useAnnounce } from '../../../ui/Announcer';
import { AreaNode } from './AreaNode';
import { AreaForm } from './forms';
import { useReturnFocus } from './useReturnFocus';
import { useTreeWrites } from './useTreeWrites';

/** The plan office's editor: add, edit, move and delete areas, objectives and actions. */
export function EditableTree(props: {
  plan: PlanTree;
  classifications: ClassificationItem[];
  classificationLabel: (code: string) => string | undefined;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const writes = useTreeWrites(props.plan.districtId, props.plan.id);
  const [adding, setAdding] = useState(false);
  const addRef = useReturnFocus<HTMLButtonElement>(adding);
  const areas = [...props.plan.areas].sort((a, b) => a.position - b.position);

  return (
    <>
      {areas.length === 0 ? (
        <p>{t('plan.empty')}</p>
      ) : (
        <ol className="list-unstyled pdz-tree">
          {areas.map((area, i) => (
            <AreaNode
              key={area.id}
              area={area}
              siblings={areas}
              index={i}
              writes={writes}
              classifications={props.classifications}
              classificationLabel={props.classificationLabel}
              onDeleted={() => addRef.current?.focus()}
            />
          ))}
        </ol>
      )}
      {adding ? (
        <AreaForm
          writes={writes}
          classifications={props.classifications}
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
          className="btn btn-primary btn-sm"
          onClick={() => setAdding(true)}
        >
          {t('area.add')}
        </button>
      )}
    </>
  );
}
