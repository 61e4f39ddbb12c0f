/**
 * Invitations: the only way into a programme. Staff invite peers and mentors, admins anyone; the
 * person follows the link (e-mail or SMS), sees what they are invited to and accepts, which
 * creates their login (or adds the roles to the account they already have).
 */
import { randomUUID } from 'node:crypto';
import { desc, eq, inArray } from 'drizzle-orm';
import { type Actor, type Role, requireUser } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { queueMail } from '../../../server/mail.ts';
import { normalizePhone, queueSms } from '../../../server/sms.ts';
import { recordAudit } from '../../audit/server/index.ts';
import { findProgrammes, programme } from '../../programmes/server/index.ts';
import type {
  AcceptInvitationRequest,
  AcceptInvitationResponse,
  CreateInvitationRequest,
  Invitation,
  InvitationListResponse,
  InvitationPreview,
} from '../accounts.contract.ts';
import { authorize } from './accounts.policy.ts';
import { appUser, authAccount, authSession } from './auth.table.ts';
import { hashPassword } from './hash-password.ts';
import { invitation } from './invitation.table.ts';
import {
  hashInvitationToken,
  INVITATION_DAYS,
  newInvitationToken,
  programmeOfToken,
} from './invitation-token.ts';
import { membership } from './membership.table.ts';
import { checkPassword, passwordProblemCode } from './password-policy.ts';

interface Deps {
  db: Database;
  actor: Actor;
  requestId?: string;
  now?: Date;
}

/** What other features learn when a person accepts an invitation. */
export interface InvitationAccepted {
  invitationId: string;
  userId: string;
  programmeId: string;
  now: Date;
}

/**
 * Runs in the transaction of the acceptance, with the programme selected (the app composes
 * them: e.g. screening links the application that led to the invitation to the new account).
 */
export type InvitationAcceptedHook = (tx: Tx, accepted: InvitationAccepted) => Promise<void>;

const ROLE_NAMES_DA: Record<Role, string> = {
  peer: 'peer',
  mentor: 'mentor',
  staff: 'medarbejder',
  researcher: 'forsker',
  admin: 'administrator',
};

async function programmeName(db: Database, programmeId: string): Promise<string> {
  const [found] = await findProgrammes(db, [programmeId]);
  if (!found) throw new AppError('PROGRAMME_NOT_FOUND');
  return found.name;
}

export async function createInvitation(
  deps: Deps & { programmeId: string; input: CreateInvitationRequest; publicUrl: string },
): Promise<Invitation> {
  const now = deps.now ?? new Date();
  const { id } = await deps.db.withProgramme(deps.programmeId, (tx) => queueInvitation(tx, { ...deps, now }));
  const [created] = await listInvitationRows(deps.db, deps.programmeId, now, [id]);
  return created!;
}

/**
 * Writes an invitation and queues its e-mail or SMS in the caller's programme transaction (also
 * used by screening, where approving an applicant invites them in the same transaction).
 */
export async function queueInvitation(
  tx: Tx,
  deps: Omit<Deps, 'db'> & { programmeId: string; input: CreateInvitationRequest; publicUrl: string },
): Promise<{ id: string }> {
  const { programmeId, input } = deps;
  const roles = [...new Set(input.roles)];
  const granting = authorize(deps.actor, 'invitation.create', { programmeId, grantsRoles: roles });
  const actor = requireUser(deps.actor);
  const phone = input.channel === 'sms' ? normalizePhone(input.phone ?? '') : null;
  if (input.channel === 'sms' && !phone) throw new AppError('PHONE_INVALID');
  const [found] = await tx
    .select({ name: programme.name })
    .from(programme)
    .where(eq(programme.id, programmeId));
  if (!found) throw new AppError('PROGRAMME_NOT_FOUND');
  const name = found.name;
  const now = deps.now ?? new Date();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60_000);
  const { token, hash } = newInvitationToken(programmeId);
  const link = `${deps.publicUrl}/invitation#${token}`;
  const id = randomUUID();
  await tx.insert(invitation).values({
    id,
    programmeId,
    name: input.name,
    email: input.email ?? null,
    phone,
    channel: input.channel,
    roles,
    tokenHash: hash,
    invitedBy: actor.userId,
    expiresAt,
    createdAt: now,
  });
  const roleText = roles.map((r) => ROLE_NAMES_DA[r]).join(' og ');
  if (input.channel === 'email') {
    await queueMail(tx, {
      to: input.email!,
      subject: `Invitation til ${name}`,
      text: `Hej ${input.name}\n\nDu er inviteret til ${name} som ${roleText}.\n\nTryk på linket for at tage imod invitationen. Det virker i ${INVITATION_DAYS} dage:\n${link}\n\nHar du spørgsmål, så kontakt personalet i projektet.`,
    });
  } else {
    await queueSms(tx, {
      to: phone!,
      text: `Hej ${input.name}. Du er inviteret til ${name} som ${roleText}. Tag imod invitationen her (virker i ${INVITATION_DAYS} dage): ${link}`,
    });
  }
  await recordAudit(tx, {
    actorId: actor.userId,
    actorRole: granting.join(','),
    action: 'create',
    subjectId: null,
    programmeId,
    purpose: 'POST /api/programmes/:programmeId/invitations',
    requestId: deps.requestId ?? null,
    details: { invitationId: id, channel: input.channel },
  });
  return { id };
}

async function listInvitationRows(db: Database, programmeId: string, now: Date, ids?: string[]) {
  const rows = await db.withProgramme(programmeId, (tx) =>
    tx
      .select({
        id: invitation.id,
        name: invitation.name,
        email: invitation.email,
        phone: invitation.phone,
        channel: invitation.channel,
        roles: invitation.roles,
        invitedByName: appUser.name,
        createdAt: invitation.createdAt,
        expiresAt: invitation.expiresAt,
        acceptedAt: invitation.acceptedAt,
        revokedAt: invitation.revokedAt,
      })
      .from(invitation)
      .leftJoin(appUser, eq(appUser.id, invitation.invitedBy))
      .where(ids ? inArray(invitation.id, ids) : undefined)
      .orderBy(desc(invitation.createdAt))
      .limit(500),
  );
  return rows.map(
    (r): Invitation => ({
      id: r.id,
      name: r.name,
      email: r.email,
      phone: r.phone,
      channel: r.channel,
      roles: r.roles as Role[],
      invitedByName: r.invitedByName,
      createdAt: r.createdAt.toISOString(),
      expiresAt: r.expiresAt.toISOString(),
      status: r.acceptedAt
        ? 'accepted'
        : r.revokedAt
          ? 'revoked'
          : r.expiresAt.getTime() < now.getTime()
            ? 'expired'
            : 'pending',
    }),
  );
}

export async function listInvitations(deps: Deps & { programmeId: string }): Promise<InvitationListResponse> {
  const granting = authorize(deps.actor, 'invitation.list', { programmeId: deps.programmeId });
  const actor = requireUser(deps.actor);
  const invitations = await listInvitationRows(deps.db, deps.programmeId, deps.now ?? new Date());
  await deps.db.withProgramme(deps.programmeId, (tx) =>
    recordAudit(tx, {
      actorId: actor.userId,
      actorRole: granting.join(','),
      action: 'search',
      subjectId: null,
      programmeId: deps.programmeId,
      purpose: 'GET /api/programmes/:programmeId/invitations',
      requestId: deps.requestId ?? null,
      details: { count: invitations.length },
    }),
  );
  return { invitations };
}

export async function revokeInvitation(
  deps: Deps & { programmeId: string; invitationId: string },
): Promise<void> {
  const { db, programmeId } = deps;
  const granting = authorize(deps.actor, 'invitation.revoke', { programmeId });
  const actor = requireUser(deps.actor);
  await db.withProgramme(programmeId, async (tx) => {
    const [row] = await tx
      .select({ roles: invitation.roles, acceptedAt: invitation.acceptedAt })
      .from(invitation)
      .where(eq(invitation.id, deps.invitationId));
    if (!row) throw new AppError('NOT_FOUND');
    // Staff may not withdraw what only an admin could give.
    authorize(deps.actor, 'invitation.revoke', { programmeId, grantsRoles: row.roles as Role[] });
    if (row.acceptedAt) throw new AppError('INVITATION_INVALID');
    await tx
      .update(invitation)
      .set({ revokedAt: deps.now ?? new Date() })
      .where(eq(invitation.id, deps.invitationId));
    await recordAudit(tx, {
      actorId: actor.userId,
      actorRole: granting.join(','),
      action: 'update',
      subjectId: null,
      programmeId,
      purpose: 'DELETE /api/programmes/:programmeId/invitations/:invitationId',
      requestId: deps.requestId ?? null,
      details: { invitationId: deps.invitationId, revoked: true },
    });
  });
}

/** The pending invitation behind a token, in its programme's transaction; INVITATION_INVALID otherwise. */
async function findPendingInvitation(tx: Tx, token: string, now: Date) {
  const [row] = await tx
    .select()
    .from(invitation)
    .where(eq(invitation.tokenHash, hashInvitationToken(token)));
  if (!row || row.acceptedAt || row.revokedAt || row.expiresAt.getTime() < now.getTime()) {
    throw new AppError('INVITATION_INVALID');
  }
  return row;
}

function tokenProgramme(token: string): string {
  const programmeId = programmeOfToken(token);
  if (!programmeId) throw new AppError('INVITATION_INVALID');
  return programmeId;
}

/** What the invitation link shows before the person accepts. Public: the token is the key. */
export async function previewInvitation(deps: Deps & { token: string }): Promise<InvitationPreview> {
  const programmeId = tokenProgramme(deps.token);
  const row = await deps.db.withProgramme(programmeId, (tx) =>
    findPendingInvitation(tx, deps.token, deps.now ?? new Date()),
  );
  const existing = row.email
    ? await deps.db.db.select({ id: appUser.id }).from(appUser).where(eq(appUser.email, row.email))
    : [];
  return {
    programmeName: await programmeName(deps.db, programmeId),
    name: row.name,
    email: row.email,
    roles: row.roles as Role[],
    accountExists: existing.length > 0,
    expiresAt: row.expiresAt.toISOString(),
  };
}

/**
 * Accepts an invitation: creates the person's login with the invited roles, or adds the roles to
 * the account of the logged-in person when the invitation is for their e-mail. An e-mail
 * invitation fixes the address (receiving the link proves it); an SMS invitation lets the person
 * give theirs. Existing sessions of an account that gains roles end (privilege change).
 */
export async function acceptInvitation(
  deps: Deps & { input: AcceptInvitationRequest; onAccepted?: readonly InvitationAcceptedHook[] },
): Promise<AcceptInvitationResponse> {
  const { db, input } = deps;
  const now = deps.now ?? new Date();
  const programmeId = tokenProgramme(input.token);
  const name = await programmeName(db, programmeId);
  return db.withProgramme(programmeId, async (tx) => {
    const row = await findPendingInvitation(tx, input.token, now);
    const email = (row.channel === 'email' && row.email ? row.email : input.email).toLowerCase();
    const [existing] = await tx.select({ id: appUser.id }).from(appUser).where(eq(appUser.email, email));
    const roles = row.roles as Role[];
    let userId: string;
    if (existing) {
      if (deps.actor.type !== 'user') throw new AppError('ACCOUNT_EXISTS_LOGIN_REQUIRED');
      if (deps.actor.userId !== existing.id) throw new AppError('INVITATION_OTHER_ACCOUNT');
      userId = existing.id;
      // New roles, new sessions: the person logs in again and gets the new rights with a fresh login.
      await tx.delete(authSession).where(eq(authSession.userId, userId));
    } else {
      if (deps.actor.type === 'user') throw new AppError('INVITATION_OTHER_ACCOUNT');
      if (input.password) {
        const problem = checkPassword(input.password, email);
        if (problem) throw new AppError(passwordProblemCode(problem));
      }
      userId = randomUUID();
      await tx.insert(appUser).values({
        id: userId,
        name: input.name,
        email,
        emailVerified: row.channel === 'email',
      });
      if (input.password) {
        await tx.insert(authAccount).values({
          userId,
          accountId: userId,
          providerId: 'credential',
          password: await hashPassword(input.password),
        });
      }
    }
    await tx
      .insert(membership)
      .values(roles.map((role) => ({ programmeId, userId, role })))
      .onConflictDoNothing();
    await tx
      .update(invitation)
      .set({ acceptedAt: now, acceptedUserId: userId })
      .where(eq(invitation.id, row.id));
    for (const hook of deps.onAccepted ?? []) {
      await hook(tx, { invitationId: row.id, userId, programmeId, now });
    }
    await recordAudit(tx, {
      actorId: userId,
      actorRole: 'self',
      action: existing ? 'role-change' : 'create',
      subjectId: userId,
      programmeId,
      purpose: 'POST /api/invitations/accept',
      requestId: deps.requestId ?? null,
      details: { invitationId: row.id, roles: roles.join(',') },
    });
    return { email, programmeName: name, joinedExistingAccount: Boolean(existing) };
  });
}
