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

/** The ways in besides e-mail: OpenID Connect (e.g. MitID) when configured, with its button label. */
export const loginOptionsResponseSchema = z.object({
  oidc: z.object({ label: z.string() }).nullable(),
});
export type LoginOptionsResponse = z.infer<typeof loginOptionsResponseSchema>;

/** Who may be invited with which roles: staff invite peers and mentors, admins anyone. */
export const inviteRolesSchema = z.array(roleSchema).min(1).max(5);

export const programmeParamsSchema = z.object({ programmeId: z.string().uuid() });
export const personParamsSchema = z.object({ programmeId: z.string().uuid(), userId: z.string().uuid() });
export const invitationParamsSchema = z.object({
  programmeId: z.string().uuid(),
  invitationId: z.string().uuid(),
});

export const createInvitationRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    channel: z.enum(['email', 'sms']),
    email: z.string().trim().toLowerCase().email().max(254).optional(),
    /** Danish numbers with or without +45; others with their + prefix. */
    phone: z.string().trim().min(8).max(20).optional(),
    roles: inviteRolesSchema,
  })
  .refine((v) => v.channel !== 'email' || v.email, { path: ['email'], message: 'required for e-mail' })
  .refine((v) => v.channel !== 'sms' || v.phone, { path: ['phone'], message: 'required for SMS' });
export type CreateInvitationRequest = z.infer<typeof createInvitationRequestSchema>;

export const invitationSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  channel: z.enum(['email', 'sms']),
  roles: z.array(roleSchema),
  status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
  invitedByName: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type Invitation = z.infer<typeof invitationSchema>;
export const invitationListResponseSchema = z.object({ invitations: z.array(invitationSchema) });
export type InvitationListResponse = z.infer<typeof invitationListResponseSchema>;

/** The token from the invitation link (it travels in the URL fragment, never in a server log). */
export const invitationTokenRequestSchema = z.object({ token: z.string().min(20).max(200) });

/** What the person following an invitation link is shown before accepting. */
export const invitationPreviewSchema = z.object({
  programmeName: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  roles: z.array(roleSchema),
  /** True when an account with the invited e-mail exists: the person logs in to accept. */
  accountExists: z.boolean(),
  expiresAt: z.string(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

export const acceptInvitationRequestSchema = z.object({
  token: z.string().min(20).max(200),
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().toLowerCase().email().max(254),
  /** Optional: a person may log in with e-mailed links (or a passkey) instead. */
  password: z.string().max(128).optional(),
});
export type AcceptInvitationRequest = z.infer<typeof acceptInvitationRequestSchema>;
export const acceptInvitationResponseSchema = z.object({
  email: z.string(),
  programmeName: z.string(),
  /** True when the invitation was added to the logged-in person's existing account. */
  joinedExistingAccount: z.boolean(),
});
export type AcceptInvitationResponse = z.infer<typeof acceptInvitationResponseSchema>;

export const personSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  email: z.string(),
  roles: z.array(roleSchema),
  twoFactorEnabled: z.boolean(),
  joinedAt: z.string(),
});
export type Person = z.infer<typeof personSchema>;
export const peopleResponseSchema = z.object({ people: z.array(personSchema) });
export type PeopleResponse = z.infer<typeof peopleResponseSchema>;

export const setRolesRequestSchema = z.object({ roles: z.array(roleSchema).max(5) });
export type SetRolesRequest = z.infer<typeof setRolesRequestSchema>;

/** "Download my data": one section per feature, each as that feature exports it. */
export const personalDataExportSchema = z.object({
  exportedAt: z.string(),
  subject: z.object({ id: z.string().uuid(), name: z.string(), email: z.string() }),
  programmes: z.array(z.object({ id: z.string().uuid(), name: z.string() })),
  sections: z.record(z.string(), z.record(z.string(), z.unknown())),
});
export type PersonalDataExport = z.infer<typeof personalDataExportSchema>;
export const exportQuerySchema = z.object({ format: z.enum(['json', 'html']).optional() });

export const eraseResponseSchema = z.object({
  erased: z.boolean(),
  /** True when the person had no other programme left, so the account itself is gone. */
  accountDeleted: z.boolean(),
});
export type EraseResponse = z.infer<typeof eraseResponseSchema>;
