// Indicators of objectives and actions: the plan's list and the section of each sheet.
export { IndicatorsPage } from './IndicatorsPage';
export { IndicatorsSection } from './IndicatorsSection';
