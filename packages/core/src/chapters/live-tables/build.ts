import { formatNumber } from '../../shared/format';
import { formatMoney, type Locale } from '../../shared/money';
import { liveTableNames, type LiveTableName } from '../chapter';
import { budgetByArea, budgetByObjective, budgetBySource, municipalShares } from './budget-tables';
import { indicatorsTable, objectivesTable } from './content-tables';
import type { LiveCell, LiveColumn, LivePlanData, LiveTable } from './types';

const builders: Record<LiveTableName, (data: LivePlanData, locale: Locale) => LiveTable> = {
  budgetBySource,
  budgetByArea,
  budgetByObjective,
  municipalShares,
  objectives: objectivesTable,
  indicators: indicatorsTable,
};

/** One live table filled with the figures of `data`. */
export function buildLiveTable(
  name: LiveTableName,
  data: LivePlanData,
  locale: Locale = 'it',
): LiveTable {
  return builders[name](data, locale);
}

/** Every live table (the indicators only when `data` has them). */
export function buildLiveTables(
  data: LivePlanData,
  locale: Locale = 'it',
): Partial<Record<LiveTableName, LiveTable>> {
  const tables: Partial<Record<LiveTableName, LiveTable>> = {};
  for (const name of liveTableNames) {
    if (name === 'indicators' && !data.indicators) continue;
    tables[name] = buildLiveTable(name, data, locale);
  }
  return tables;
}

/** A cell as text: cents as money, numbers with the locale's grouping, nothing as a dash. */
export function formatLiveCell(cell: LiveCell, column: LiveColumn, locale: Locale = 'it'): string {
  if (cell === null) return '–';
  if (typeof cell === 'string') return cell;
  return column.money ? formatMoney(cell, locale) : formatNumber(cell, locale);
}

export function isLiveTableName(name: string): name is LiveTableName {
  return (liveTableNames as readonly string[]).includes(name);
}
