import { useDeferredValue, useMemo } from 'react';
import { liveTablesIn, renderChapterHtml, type Locale } from '@pdz/core';
import { useI18n } from '../../i18n';
import { Loading } from '../../ui/Loading';
import { useLiveTables } from './queries';

/**
 * A chapter body as the reader sees it: Markdown rendered safely by core (raw HTML is shown as
 * text) with its live tables filled with the plan's current figures.
 */
export function ChapterPreview(props: {
  districtId: string;
  planId: string;
  body: string;
  id?: string;
  label?: string;
}) {
  const { locale, t } = useI18n();
  const body = useDeferredValue(props.body);
  const live = useLiveTables(props.districtId, props.planId, locale);
  const needsTables = liveTablesIn(body).length > 0;
  const html = useMemo(
    () => renderChapterHtml(body, live.tables, locale as Locale),
    [body, live.tables, locale],
  );
  return (
    <div id={props.id} aria-label={props.label} role={props.label ? 'region' : undefined}>
      {needsTables && live.loading && <Loading label={t('chapters.tablesLoading')} />}
      {needsTables && live.partial && <p className="small">{t('chapters.tablesPartial')}</p>}
      <div className="pdz-chapter-body" dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
}
