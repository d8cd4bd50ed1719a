import { useParams } from 'react-router';
import { useI18n } from '../../i18n';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useDistrictAccess } from '../territory/queries';
import { PlansSection } from './PlansSection';

export function PlansPage() {
  const { districtId = '' } = useParams();
  const { t } = useI18n();
  const access = useDistrictAccess(districtId);
  useDocumentTitle([t('plans.title'), access.district?.name, t('app.name')]);
  return <PlansSection districtId={districtId} headingLevel={1} />;
}
