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
