import { planContracts, planTextLimits, textLimits, type ClassificationItem } from '@pdz/core';
import { EditForm, type FieldSpec } from '../../../ui/EditForm';
import { classificationLabelOf, useI18n } from '../../../i18n';
import type { TreeWrites } from './useTreeWrites';

// The contracts' body schemas are always present for writes; the forms validate with them.
const schemas = {
  createArea: planContracts.createArea.body!,
  updateArea: planContracts.updateArea.body!,
  createObjective: planContracts.createObjective.body!,
  updateObjective: planContracts.updateObjective.body!,
  createAction: planContracts.createAction.body!,
  updateAction: planContracts.updateAction.body!,
};

type AreaValues = { classificationCode: string; title: string; description: string };
type ObjectiveValues = { code: string; title: string; description: string };
type ActionValues = { title: string; description: string };

export function AreaForm(props: {
  writes: TreeWrites;
  classifications: ClassificationItem[];
  area?: { id: string; version: number } & AreaValues;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, locale } = useI18n();
  const labels = props.classifications.map((c) => classificationLabelOf(c, locale));
  const fields: FieldSpec<AreaValues>[] = [
    {
      name: 'classificationCode',
      label: 'area.classification',
      kind: 'select',
      options: [
        { value: '', label: t('area.classificationNone') },
        ...props.classifications.map((c) => ({
          value: c.code,
          label: classificationLabelOf(c, locale),
        })),
      ],
    },
    {
      name: 'title',
      label: 'area.title',
      kind: 'text',
      required: true,
      maxLength: textLimits.title,
    },
    {
      name: 'description',
      label: 'area.description',
      kind: 'textarea',
      maxLength: textLimits.long,
    },
  ];
  const initial: AreaValues = {
    classificationCode: props.area?.classificationCode ?? '',
    title: props.area?.title ?? '',
    description: props.area?.description ?? '',
  };
  const area = props.area;
  return (
    <EditForm<AreaValues, unknown>
      legend={area ? t('area.edit') : t('area.new')}
      fields={fields}
      initial={initial}
      version={area?.version}
      schema={area ? schemas.updateArea : schemas.createArea}
      toInput={(v, version) => ({
        title: v.title,
        description: v.description,
        classificationCode: v.classificationCode || null,
        ...(area ? { version } : {}),
      })}
      // picking an area of intervention names the area, unless the user already named it
      onChange={(name, value, values) => {
        if (name !== 'classificationCode') return values;
        const chosen = props.classifications.find((c) => c.code === value);
        if (!chosen || (values.title && !labels.includes(values.title))) return values;
        return { ...values, title: classificationLabelOf(chosen, locale) };
      }}
      submit={(input) =>
        area
          ? props.writes.updateArea(area.id, schemas.updateArea.parse(input))
          : props.writes.createArea(schemas.createArea.parse(input))
      }
      onDone={props.onSaved}
      onCancel={props.onClose}
    />
  );
}

export function ObjectiveForm(props: {
  writes: TreeWrites;
  areaId: string;
  objective?: { id: string; version: number } & ObjectiveValues;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const objective = props.objective;
  const fields: FieldSpec<ObjectiveValues>[] = [
    {
      name: 'code',
      label: 'objective.code',
      kind: 'text',
      maxLength: planTextLimits.objectiveCode,
    },
    {
      name: 'title',
      label: 'objective.title',
      kind: 'text',
      required: true,
      maxLength: textLimits.title,
    },
    {
      name: 'description',
      label: 'objective.description',
      kind: 'textarea',
      maxLength: textLimits.long,
    },
  ];
  return (
    <EditForm<ObjectiveValues, unknown>
      legend={objective ? t('objective.edit') : t('objective.new')}
      fields={fields}
      initial={{
        code: objective?.code ?? '',
        title: objective?.title ?? '',
        description: objective?.description ?? '',
      }}
      version={objective?.version}
      schema={objective ? schemas.updateObjective : schemas.createObjective}
      toInput={(v, version) => ({
        ...v,
        areaId: props.areaId,
        ...(objective ? { version } : {}),
      })}
      submit={(input) =>
        objective
          ? props.writes.updateObjective(objective.id, schemas.updateObjective.parse(input))
          : props.writes.createObjective(schemas.createObjective.parse(input))
      }
      onDone={props.onSaved}
      onCancel={props.onClose}
    />
  );
}

export function ActionForm(props: {
  writes: TreeWrites;
  objectiveId: string;
  action?: { id: string; version: number } & ActionValues;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const action = props.action;
  const fields: FieldSpec<ActionValues>[] = [
    {
      name: 'title',
      label: 'action.title',
      kind: 'text',
      required: true,
      maxLength: textLimits.title,
    },
    {
      name: 'description',
      label: 'action.description',
      kind: 'textarea',
      maxLength: textLimits.long,
    },
  ];
  return (
    <EditForm<ActionValues, unknown>
      legend={action ? t('action.edit') : t('action.new')}
      fields={fields}
      initial={{ title: action?.title ?? '', description: action?.description ?? '' }}
      version={action?.version}
      schema={action ? schemas.updateAction : schemas.createAction}
      toInput={(v, version) => ({
        ...v,
        objectiveId: props.objectiveId,
        ...(action ? { version } : {}),
      })}
      submit={(input) =>
        action
          ? props.writes.updateAction(action.id, schemas.updateAction.parse(input))
          : props.writes.createAction(schemas.createAction.parse(input))
      }
      onDone={props.onSaved}
      onCancel={props.onClose}
    />
  );
}
