/**
 * Live tables: figures of the plan that a chapter embeds with a line `{{tabella:<name>}}`. The
 * builders are pure and take a plain `LivePlanData`, which the web builds from the current plan
 * and the public portal from a frozen approved version; the result is a plain table model that
 * both render (see ../chapter-render.ts).
 */
export type {
  LiveArea,
  LiveCell,
  LiveColumn,
  LiveIndicator,
  LiveMunicipalShares,
  LiveObjective,
  LivePlanData,
  LiveTable,
} from './types';
export { buildLiveTable, buildLiveTables, formatLiveCell, isLiveTableName } from './build';
export { liveTableCaption } from './words';
