import { useId, useRef, useState, type RefObject } from 'react';
import { liveTableMarker, liveTableNames, type LiveTableName } from '@pdz/core';
import { useI18n, type MessageKey } from '../../i18n';
import { useAnnounce } from '../../ui/Announcer';
import { Icon } from '../../ui/Icon';
import {
  insertBlock,
  insertLink,
  prefixLines,
  wrapSelection,
  type TextState,
} from './markdownEdit';

export const tableLabel = (name: LiveTableName): MessageKey => `chapters.table.${name}`;

/**
 * The formatting buttons of the chapter editor. Each edits the textarea's text at its selection
 * (the selection stays known while a button has the focus) and gives the focus back to the text
 * with the caret where typing goes on.
 */
export function MarkdownToolbar(props: {
  textarea: RefObject<HTMLTextAreaElement | null>;
  textareaId: string;
  onEdit: (next: TextState) => void;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const menuId = useId();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);

  function apply(edit: (s: TextState) => TextState) {
    const el = props.textarea.current;
    if (!el) return;
    props.onEdit(edit({ value: el.value, start: el.selectionStart, end: el.selectionEnd }));
  }

  const tools: {
    key: MessageKey;
    icon: string;
    sprite?: string;
    edit: (s: TextState) => TextState;
  }[] = [
    {
      key: 'chapters.tool.bold',
      icon: 'B',
      edit: (s) => wrapSelection(s, '**', t('chapters.tool.placeholder')),
    },
    {
      key: 'chapters.tool.italic',
      icon: 'I',
      edit: (s) => wrapSelection(s, '_', t('chapters.tool.placeholder')),
    },
    { key: 'chapters.tool.heading', icon: 'H', edit: (s) => prefixLines(s, () => '### ') },
    {
      key: 'chapters.tool.bulleted',
      icon: '•',
      sprite: 'it-list',
      edit: (s) => prefixLines(s, () => '- '),
    },
    { key: 'chapters.tool.numbered', icon: '1.', edit: (s) => prefixLines(s, (i) => `${i + 1}. `) },
    {
      key: 'chapters.tool.link',
      icon: '',
      sprite: 'it-link',
      edit: (s) => insertLink(s, t('chapters.tool.linkText')),
    },
  ];

  function insertTable(name: LiveTableName) {
    apply((s) => insertBlock(s, liveTableMarker(name)));
    setMenuOpen(false);
    announce(t('chapters.tool.inserted', { table: t(tableLabel(name)) }));
  }

  return (
    <div
      role="toolbar"
      aria-label={t('chapters.toolbar')}
      aria-controls={props.textareaId}
      className="d-flex flex-wrap gap-1 mb-1 pdz-md-toolbar"
    >
      {tools.map((tool) => (
        <button
          key={tool.key}
          type="button"
          className="btn btn-sm btn-outline-secondary"
          title={t(tool.key)}
          aria-label={t(tool.key)}
          onClick={() => apply(tool.edit)}
        >
          {tool.sprite ? (
            <Icon name={tool.sprite} />
          ) : (
            <span
              aria-hidden="true"
              className={tool.key === 'chapters.tool.italic' ? 'fst-italic' : 'fw-bold'}
            >
              {tool.icon}
            </span>
          )}
        </button>
      ))}
      <div className="position-relative">
        <button
          ref={menuButton}
          type="button"
          className="btn btn-sm btn-outline-primary"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          onClick={() => setMenuOpen((o) => !o)}
        >
          {t('chapters.tool.table')} <Icon name="it-expand" />
        </button>
        {menuOpen && (
          <ul
            id={menuId}
            className="list-unstyled border rounded bg-white shadow-sm p-1 position-absolute pdz-md-menu"
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setMenuOpen(false);
                menuButton.current?.focus();
              }
            }}
          >
            {liveTableNames.map((name) => (
              <li key={name}>
                <button
                  type="button"
                  className="btn btn-sm btn-link text-start w-100"
                  onClick={() => insertTable(name)}
                >
                  {t(tableLabel(name))}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
