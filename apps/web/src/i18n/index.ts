// Italian-first messages, the language switch and locale-aware formatting.
export { I18nProvider } from './I18nProvider';
export { useI18n, type I18n } from './context';
export { useFormat } from './format';
export { errorMessageKey, errorMessageKeys } from './errors';
export { issueMessage, type IssueLike } from './issues';
export {
  translate,
  catalogues,
  locales,
  isMessageKey,
  type MessageKey,
  type Vars,
} from './catalogues';
export { classificationLabelOf, choiceKey } from './labels';
export { parseDecimal, decimalForInput } from './numbers';
