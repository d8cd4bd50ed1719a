import { textLimits, type Organization, type Partner } from '@pdz/core';
import { useI18n } from '../../../../i18n';
import { RowsInput, SelectInput } from '../controls';
import { OrganizationForm } from '../OrganizationForm';
import { RowSelect, RowTextInput } from '../rowInputs';
import { TEXT_DELAY, type SheetRecord } from '../useSheetField';
import { useActionField } from './fields';

/** Lead and partners: the organization leading the action and those taking part, with roles. */
export function PartnersSection(props: {
  districtId: string;
  record: SheetRecord;
  organizations: Organization[];
  canAddOrganization: boolean;
}) {
  const { record, organizations } = props;
  const { t } = useI18n();
  const lead = useActionField<string | null>(record, 'leadOrganizationId', t('sheet.field.lead'));
  const partners = useActionField<Partner[]>(
    record,
    'partners',
    t('sheet.field.partners'),
    TEXT_DELAY,
  );
  const orgOptions = organizations.map((o) => ({ value: o.id, label: o.name }));
  const orgName = (id: string | null) => organizations.find((o) => o.id === id)?.name ?? '';
  return (
    <section aria-labelledby="act-partners">
      <h3 id="act-partners" className="h4">
        {t('sheet.section.partners')}
      </h3>
      <SelectInput
        label={t('sheet.field.lead')}
        field={lead}
        options={orgOptions}
        empty={t('sheet.none.lead')}
      />
      {props.canAddOrganization && (
        <OrganizationForm districtId={props.districtId} onCreated={() => undefined} />
      )}
      <RowsInput<Partner>
        label={t('sheet.field.partners')}
        field={partners}
        addLabel={t('sheet.add.partner')}
        newRow={() => ({
          organizationId:
            organizations.find(
              (o) => o.id !== lead.value && !partners.value.some((p) => p.organizationId === o.id),
            )?.id ?? '',
          role: '',
        })}
        rowLabel={(row, i) =>
          `${t('sheet.row', { n: i + 1 })}: ${orgName(row.organizationId) || t('sheet.choose')}`
        }
        theirs={(rows) =>
          rows.map((r) => `${orgName(r.organizationId)}${r.role ? ` (${r.role})` : ''}`).join('; ')
        }
        renderRow={(row, _i, update, error) => (
          <>
            <RowSelect
              label={t('sheet.field.organization')}
              error={error('organizationId')}
              grow
              value={row.organizationId}
              options={orgOptions}
              onChange={(organizationId) => update({ organizationId })}
            />
            <RowTextInput
              label={t('sheet.field.role')}
              error={error('role')}
              grow
              maxLength={textLimits.title}
              value={row.role}
              onChange={(role) => update({ role })}
            />
          </>
        )}
      />
    </section>
  );
}
