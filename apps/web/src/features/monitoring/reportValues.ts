// The report form's values as text, read back into the body of a save, and the messages of
// refused values (the browser's checks, core's rules, the server's answer) put on the field they
// concern: `body.measures.2.value` is the measure of the third indicator sent.
import {
  formatMoneyInput,
  parseMoneyInput,
  reportInputProblems,
  saveReportInput,
  workStatuses,
  type FieldIssue,
  type Locale,
  type MoneyInputProblem,
  type Report,
  type WorkStatus,
} from '@pdz/core';
import {
  decimalForInput,
  issueMessage,
  parseDecimal,
  type I18n,
  type IssueLike,
  type MessageKey,
} from '../../i18n';
import type { FieldErrors, FieldLabels } from '../../ui/formErrors';
import type { ReportFrameData, SaveReportBody } from './queries';

export interface SpendingRow {
  sourceCode: string;
  committed: string;
  paid: string;
}

export interface ReportValues {
  progress: WorkStatus | '';
  progressPercent: string;
  notes: string;
  milestonesReached: string[];
  /** people reached, by the target group's user area code */
  people: Record<string, string>;
  /** measured value and note, by indicator id */
  measures: Record<string, { value: string; note: string }>;
  spending: SpendingRow[];
}

/** What the body sent holds, row by row: the server names rows by their place in it. */
export interface SentRows {
  measures: string[];
  people: string[];
  spending: number[];
}

type T = I18n['t'];

export const isWorkStatus = (v: string): v is WorkStatus =>
  (workStatuses as readonly string[]).includes(v);

export function valuesOf(
  report: Report | null,
  frame: ReportFrameData,
  locale: Locale,
): ReportValues {
  const titles = new Set(frame.milestones.map((m) => m.title));
  const spent = report?.spending ?? [];
  const sources = [
    ...frame.allocations.map((a) => a.sourceCode),
    ...spent
      .map((s) => s.sourceCode)
      .filter((c) => !frame.allocations.some((a) => a.sourceCode === c)),
  ];
  return {
    progress: report?.progress ?? '',
    progressPercent: report?.progressPercent == null ? '' : String(report.progressPercent),
    notes: report?.notes ?? '',
    milestonesReached: (report?.milestonesReached ?? []).filter((m) => titles.has(m)),
    people: Object.fromEntries(
      frame.targetGroups.map((g) => {
        const count = report?.peopleReached.find((p) => p.userAreaCode === g.userAreaCode)?.count;
        return [g.userAreaCode, count === undefined ? '' : String(count)];
      }),
    ),
    measures: Object.fromEntries(
      frame.indicators.map((i) => {
        const m = report?.measures.find((x) => x.indicatorId === i.id);
        return [i.id, { value: decimalForInput(m?.value, locale), note: m?.note ?? '' }];
      }),
    ),
    spending: sources.map((sourceCode) => {
      const s = spent.find((x) => x.sourceCode === sourceCode);
      return {
        sourceCode,
        committed: s ? formatMoneyInput(s.committed) : '',
        paid: s ? formatMoneyInput(s.paid) : '',
      };
    }),
  };
}

/** How each field is named in a message. */
export function reportLabels(
  frame: ReportFrameData,
  values: ReportValues,
  t: T,
  names: { userArea: (code: string) => string; source: (code: string) => string },
): FieldLabels {
  const labels: FieldLabels = {
    progress: t('monitoring.report.progress'),
    progressPercent: t('monitoring.report.percent'),
    notes: t('monitoring.report.notes'),
    milestonesReached: t('monitoring.report.milestones'),
    peopleReached: t('monitoring.report.people'),
    measures: t('monitoring.report.measures'),
    spending: t('monitoring.report.spending'),
  };
  for (const g of frame.targetGroups) {
    labels[`people.${g.userAreaCode}`] = t('monitoring.report.peopleOf', {
      group: names.userArea(g.userAreaCode),
    });
  }
  for (const i of frame.indicators) {
    labels[`measures.${i.id}.value`] = t('monitoring.report.measuredOf', { name: i.name });
    labels[`measures.${i.id}.note`] = t('monitoring.report.noteOf', { name: i.name });
  }
  values.spending.forEach((s, row) => {
    const source = names.source(s.sourceCode);
    labels[`spending.${row}.committed`] = t('monitoring.report.committedOf', { source });
    labels[`spending.${row}.paid`] = t('monitoring.report.paidOf', { source });
    labels[`spending.${row}.sourceCode`] = source;
  });
  return labels;
}

/** The form field a path of the body points at (`body.spending.1.paid` → `spending.3.paid`). */
export function formKey(path: string, sent: SentRows): string {
  const [head = '', index, part] = path.replace(/^body\./, '').split('.');
  const at = Number(index);
  switch (head) {
    case 'measures': {
      const id = sent.measures[at];
      return id === undefined ? 'measures' : `measures.${id}.${part === 'note' ? 'note' : 'value'}`;
    }
    case 'peopleReached': {
      const code = sent.people[at];
      return code === undefined ? 'peopleReached' : `people.${code}`;
    }
    case 'spending': {
      const row = sent.spending[at];
      if (row === undefined) return 'spending';
      return `spending.${row}.${part === 'committed' || part === 'paid' ? part : 'sourceCode'}`;
    }
    default:
      return head;
  }
}

const moneyProblems: Record<MoneyInputProblem, MessageKey> = {
  format: 'budget.invalid.format',
  decimals: 'budget.invalid.decimals',
  negative: 'budget.invalid.negative',
  tooLarge: 'budget.invalid.tooLarge',
};

/**
 * Reads the form into the body of a save (without its version), checking what the browser can:
 * numbers and amounts as typed, then the contract's schema and core's rules for the subject.
 */
export function readReport(
  values: ReportValues,
  frame: ReportFrameData,
  ctx: { t: T; locale: Locale; labels: FieldLabels },
): { body: Omit<SaveReportBody, 'version'>; sent: SentRows; errors: FieldErrors } {
  const { t, locale, labels } = ctx;
  const errors: FieldErrors = {};
  const label = (key: string) => labels[key] ?? key;
  const sent: SentRows = { measures: [], people: [], spending: [] };

  const percentText = values.progressPercent.trim();
  let progressPercent: number | null = null;
  if (percentText !== '') {
    progressPercent = /^\d{1,3}$/.test(percentText) ? Number(percentText) : Number.NaN;
    if (Number.isNaN(progressPercent) || progressPercent > 100) {
      errors.progressPercent = t('validation.percent', { field: label('progressPercent') });
    }
  }

  const peopleReached: SaveReportBody['peopleReached'] = [];
  for (const g of frame.targetGroups) {
    const text = (values.people[g.userAreaCode] ?? '').trim().replace(/\./g, '');
    if (text === '') continue;
    const key = `people.${g.userAreaCode}`;
    if (!/^\d+$/.test(text)) errors[key] = t('validation.notInteger', { field: label(key) });
    sent.people.push(g.userAreaCode);
    peopleReached.push({ userAreaCode: g.userAreaCode, count: Number(text) });
  }

  const measures: SaveReportBody['measures'] = [];
  for (const i of frame.indicators) {
    const m = values.measures[i.id] ?? { value: '', note: '' };
    if (m.value.trim() === '' && m.note.trim() === '') continue;
    const value = parseDecimal(m.value, locale);
    const key = `measures.${i.id}.value`;
    if (value !== null && Number.isNaN(value)) {
      errors[key] = t('indicators.invalidNumber', { field: label(key) });
    }
    sent.measures.push(i.id);
    measures.push({ indicatorId: i.id, value, note: m.note });
  }

  const spending: SaveReportBody['spending'] = [];
  values.spending.forEach((row, index) => {
    if (row.committed.trim() === '' && row.paid.trim() === '') return;
    const amount = (part: 'committed' | 'paid') => {
      const parsed = parseMoneyInput(row[part]);
      if (parsed.ok) return parsed.cents;
      errors[`spending.${index}.${part}`] = t(moneyProblems[parsed.problem]);
      return 0;
    };
    sent.spending.push(index);
    spending.push({
      sourceCode: row.sourceCode,
      committed: amount('committed'),
      paid: amount('paid'),
    });
  });

  const body = {
    progress: values.progress === '' ? null : values.progress,
    progressPercent: Number.isNaN(progressPercent) ? null : progressPercent,
    notes: values.notes,
    milestonesReached: values.milestonesReached,
    peopleReached,
    measures,
    spending,
  };
  if (Object.keys(errors).length === 0) {
    const checked = saveReportInput.safeParse({ ...body, version: 0 });
    const issues: (IssueLike & { field: string })[] = checked.success
      ? reportInputProblems(frame, checked.data)
      : checked.error.issues.map((i) => ({ ...(i as IssueLike), field: i.path.join('.') }));
    Object.assign(errors, issueErrors(issues, sent, ctx));
  }
  return { body, sent, errors };
}

/** Messages of issues (the browser's or the server's), each on the field it names. */
export function issueErrors(
  issues: readonly (IssueLike & Pick<FieldIssue, 'field'>)[],
  sent: SentRows,
  ctx: { t: T; locale: Locale; labels: FieldLabels },
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = formKey(issue.field, sent);
    errors[key] ??= issueMessage(issue, ctx.labels[key] ?? key, ctx.t, ctx.locale);
  }
  return errors;
}
