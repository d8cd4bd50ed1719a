import { Link } from 'react-router';
import type { Chapter } from '@pdz/core';
import { useI18n } from '../../i18n';
import { kindLabel } from './ChapterList';
import { ChapterPreview } from './ChapterPreview';

/** A chapter for those who read the plan without changing it. */
export function ChapterReader(props: { districtId: string; planId: string; chapter: Chapter }) {
  const { t } = useI18n();
  const { chapter } = props;
  return (
    <article aria-labelledby="chapter-title">
      <p>
        <Link to={`/districts/${props.districtId}/plans/${props.planId}/chapters`}>
          {t('chapters.back')}
        </Link>
      </p>
      <h2 id="chapter-title" className="h3 mb-1">
        {chapter.title}
      </h2>
      <p className="small text-muted">{t(kindLabel(chapter.kind))}</p>
      <ChapterPreview districtId={props.districtId} planId={props.planId} body={chapter.body} />
    </article>
  );
}
