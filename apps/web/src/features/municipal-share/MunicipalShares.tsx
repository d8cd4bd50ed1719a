import type { ClassificationItem, District } from '@pdz/core';
import { errorMessageKey, useI18n } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { useMunicipalShareRule, useMunicipalShareTable } from './queries';
import { RuleForm } from './ShareRuleForm';
import { RuleText } from './ShareRuleText';
import { ShareTables } from './ShareTables';

/**
 * The municipalities' share: the rule (which source, reference year, how to split) and, for each
 * year of the plan, what each municipality gets.
 */
export function MunicipalShares(props: {
  districtId: string;
  planId: string;
  district: District;
  sources: ClassificationItem[];
  sourceLabel: (code: string) => string;
  editable: boolean;
}) {
  const { t } = useI18n();
  const { districtId, planId } = props;
  const rule = useMunicipalShareRule(districtId, planId);
  const table = useMunicipalShareTable(districtId, planId);

  return (
    <section id="municipal-shares" aria-labelledby="municipal-shares-title" className="mb-5">
      <h2 id="municipal-shares-title" className="h3" tabIndex={-1}>
        {t('budget.shares.title')}
      </h2>
      <p>{t('budget.shares.intro')}</p>
      {rule.isPending ? (
        <Loading label={t('app.loading')} />
      ) : rule.isError ? (
        <Alert kind="danger">{t(errorMessageKey(rule.error))}</Alert>
      ) : props.editable ? (
        <RuleForm key={rule.data.rule?.version ?? 0} {...props} rule={rule.data.rule} />
      ) : rule.data.rule ? (
        <RuleText rule={rule.data.rule} sourceLabel={props.sourceLabel} />
      ) : (
        <p>{t('budget.shares.none')}</p>
      )}
      {table.isError && <Alert kind="danger">{t(errorMessageKey(table.error))}</Alert>}
      {table.data && (
        <ShareTables table={table.data} sourceLabel={props.sourceLabel} district={props.district} />
      )}
    </section>
  );
}
