import type { AuditEvent } from '@pdz/core';
import { useFormat, useI18n } from '../../i18n';
import { describeEvent, type Words } from './describe';

/**
 * One event: when, the sentence saying who did what to which item, and the fields changed from
 * which value to which. A new or deleted item's values are folded away under a summary.
 */
export function AuditEventItem({ event, words }: { event: AuditEvent; words: Words }) {
  const { t } = useI18n();
  const format = useFormat();
  const described = describeEvent(event, words);
  const lines = (
    <ul className="mb-0 ps-3">
      {described.changes.map((line, i) => (
        <li key={i} className="text-break">
          {line}
        </li>
      ))}
    </ul>
  );
  return (
    <li className="border-bottom py-3">
      <p className="small text-muted mb-1">
        <time dateTime={event.at}>{format.dateTime(event.at)}</time>
      </p>
      <p className="fw-semibold mb-1 text-break">{described.sentence}</p>
      {described.changes.length > 0 &&
        (described.wholeRecord ? (
          <details>
            <summary>
              {t('audit.values', { count: described.changes.length })}
              <span className="visually-hidden"> – {described.item}</span>
            </summary>
            {lines}
          </details>
        ) : (
          <div aria-label={t('audit.changesOf', { item: described.item })} role="group">
            {lines}
          </div>
        ))}
    </li>
  );
}
