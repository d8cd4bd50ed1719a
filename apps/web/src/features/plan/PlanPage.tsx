import { useParams } from 'react-router';
import { isPlanEditable } from '@pdz/core';
import { errorMessageKey, useI18n } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useDistrictAccess } from '../territory/queries';
import { CoherenceSummary } from './coherence/CoherenceSummary';
import { PhaseActions } from './PhaseActions';
import { usePlanTree } from './queries';
import { EditableTree } from './tree/EditableTree';
import { ReadOnlyTree } from './tree/ReadOnlyTree';
import { useClassificationLabel } from './useClassificationLabel';
import { VersionList } from './VersionList';
import { DocumentDownloads } from '../document/index';
import { VersionComparison } from './comparison/VersionComparison';

export function PlanPage() {
  const { districtId = '', planId = '' } = useParams();
  const { t } = useI18n();
  const access = useDistrictAccess(districtId);
  const tree = usePlanTree(districtId, planId);
  const classifications = useClassificationLabel();
  useDocumentTitle([tree.data?.title, access.district?.name, t('app.name')]);

  // wait for the permissions too, so that controls do not appear after the content
  if (tree.isPending || access.isLoading) return <Loading label={t('app.loading')} />;
  if (tree.isError) return <Alert kind="danger">{t(errorMessageKey(tree.error))}</Alert>;
  const plan = tree.data;
  const editable = isPlanEditable(plan.phase) && access.can('plan.edit');

  return (
    <>
      <PhaseActions plan={plan} can={access.can} />
      <CoherenceSummary districtId={districtId} planId={planId} />
      <DocumentDownloads districtId={districtId} planId={planId} />
      <VersionList districtId={districtId} planId={planId} />
      {plan.latestApprovedVersion !== null && isPlanEditable(plan.phase) && (
        // an update in progress: what it changes from the version in force
        <VersionComparison
          districtId={districtId}
          planId={planId}
          from={plan.latestApprovedVersion}
        />
      )}
      <section aria-labelledby="plan-content" className="mt-4">
        <h2 id="plan-content" tabIndex={-1} className="h3">
          {t('plan.content')}
        </h2>
        {!isPlanEditable(plan.phase) && <p className="small">{t('plan.readOnly')}</p>}
        {editable ? (
          <EditableTree
            plan={plan}
            classifications={classifications.items}
            classificationLabel={classifications.label}
          />
        ) : (
          <ReadOnlyTree
            areas={plan.areas}
            classificationLabel={classifications.label}
            linkBase={`/districts/${districtId}/plans/${planId}`}
          />
        )}
      </section>
    </>
  );
}
