// The municipal share (quota dei Comuni): the rule that splits it among the municipalities and
// the resulting table per year.
export { MunicipalShares } from './MunicipalShares';
