/** What other parts of makker may use from the audit feature. */

export { auditPersonalData } from './audit.personal-data.ts';
export { listAuditEventsForSubject } from './list-audit-events.ts';
export { type AuditEventInput, recordAudit, recordAuditForEach } from './record-audit.ts';
export { verifyAuditChain } from './verify-audit-chain.ts';
