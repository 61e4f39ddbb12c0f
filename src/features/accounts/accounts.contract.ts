import { z } from 'zod';

export const roleSchema = z.enum(['peer', 'mentor', 'staff', 'researcher', 'admin']);

export const meResponseSchema = z.object({
  user: z.object({
    id: z.string().uuid(),
    name: z.string(),
    email: z.string(),
    twoFactorEnabled: z.boolean(),
  }),
  memberships: z.array(
    z.object({
      programme: z.object({ id: z.string().uuid(), slug: z.string(), name: z.string() }),
      roles: z.array(roleSchema),
    }),
  ),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

/** "Who has looked at or changed my data": one line per audit record about the person. */
export const myAuditTrailResponseSchema = z.object({
  events: z.array(
    z.object({
      at: z.string(),
      action: z.string(),
      /** Who did it: their name when they have an account, else null (the system, or an anonymous caller). */
      actorName: z.string().nullable(),
      actorRole: z.string(),
      /** True when the person did it themselves. */
      self: z.boolean(),
      purpose: z.string(),
    }),
  ),
});
export type MyAuditTrailResponse = z.infer<typeof myAuditTrailResponseSchema>;
