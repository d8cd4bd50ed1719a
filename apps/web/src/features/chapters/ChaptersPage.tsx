import { useParams } from 'react-router';
import { isPlanEditable } from '@pdz/core';
import { errorMessageKey, useI18n } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useDistrictAccess } from '../territory/queries';
import { usePlanTree } from '../plan/queries';
import { ChapterEditor } from './ChapterEditor';
import { ChapterList } from './ChapterList';
import { ChapterReader } from './ChapterReader';
import { useChapters } from './queries';
import './chapters.css';

/** The chapters of a plan: the ordered list, or one chapter (editor or reader). */
export function ChaptersPage() {
  const { districtId = '', planId = '', chapterId } = useParams();
  const { t } = useI18n();
  const access = useDistrictAccess(districtId);
  const tree = usePlanTree(districtId, planId);
  const chapters = useChapters(districtId, planId);
  const chapter = chapterId ? chapters.data?.find((c) => c.id === chapterId) : undefined;
  useDocumentTitle([chapter?.title ?? t('chapters.title'), tree.data?.title, t('app.name')]);

  if (tree.isPending || chapters.isPending || access.isLoading)
    return <Loading label={t('app.loading')} />;
  if (tree.isError) return <Alert kind="danger">{t(errorMessageKey(tree.error))}</Alert>;
  if (chapters.isError) return <Alert kind="danger">{t(errorMessageKey(chapters.error))}</Alert>;
  const editable = isPlanEditable(tree.data.phase) && access.can('plan.edit');
  const scope = { districtId, planId };

  if (!chapterId) return <ChapterList {...scope} chapters={chapters.data} editable={editable} />;
  if (!chapter) return <Alert kind="warning">{t('chapters.notFound')}</Alert>;
  return editable ? (
    <ChapterEditor key={chapter.id} {...scope} chapter={chapter} />
  ) : (
    <ChapterReader {...scope} chapter={chapter} />
  );
}
