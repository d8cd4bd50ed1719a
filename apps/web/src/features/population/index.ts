// The needs analysis of a district: population files imported from ISTAT, indicators, the age
// pyramid, trends and comparison charts, and the LEPS panel of social workers.
export { NeedsAnalysisPage } from './NeedsAnalysisPage';
