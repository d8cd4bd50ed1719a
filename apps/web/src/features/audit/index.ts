// The activity log: who changed what and when, with the record before and after.
export { AuditPage } from './AuditPage';
