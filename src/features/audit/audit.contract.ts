import { z } from 'zod';

/** What was done with a person's data. */
export const auditActionSchema = z.enum([
  'read',
  'search',
  'export',
  'create',
  'update',
  'delete',
  'erase',
  'login',
  'logout',
  'login-failed',
  'role-change',
  'consent',
]);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const auditVerifyResultSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  /** The first record whose hash does not follow from its content and predecessor. */
  firstBrokenSeq: z.number().int().nullable(),
});
export type AuditVerifyResult = z.infer<typeof auditVerifyResultSchema>;
