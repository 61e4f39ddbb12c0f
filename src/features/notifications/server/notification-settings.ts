/** A person's own choices in a programme: per kind × channel, quiet hours, digest, SMS number. */
import { type Actor, type Role, requireUser } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { normalizePhone } from '../../../server/sms.ts';
import {
  CHANNELS,
  KIND_NAMES,
  NOTIFICATION_KINDS,
  type NotificationSettings,
  type SaveNotificationSettings,
} from '../notifications.contract.ts';
import { authorize } from './notifications.policy.ts';
import { notificationSetting } from './notifications.table.ts';
import { choicesOf, setChoice } from './preferences.ts';

interface Deps {
  db: Database;
  actor: Actor;
  programmeId: string;
  now?: Date;
}

/** The kinds a person with these roles can get. */
const kindsFor = (roles: readonly Role[]) =>
  KIND_NAMES.filter((kind) => NOTIFICATION_KINDS[kind].audience.some((r) => roles.includes(r)));

/** The caller's choices, defaults filled in, for the kinds their roles can get. */
export async function getMyNotificationSettings(deps: Deps): Promise<NotificationSettings> {
  authorize(deps.actor, 'own.choose', deps);
  const user = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const choices = await choicesOf(tx, user.userId);
    return {
      kinds: kindsFor(user.roles[deps.programmeId] ?? []).map((kind) => ({
        kind,
        channels: {
          'in-app': choices.isOn(kind, 'in-app'),
          email: choices.isOn(kind, 'email'),
          sms: choices.isOn(kind, 'sms'),
        },
      })),
      quietHours: choices.quietHours,
      digest: choices.digest,
      phone: choices.phone,
    };
  });
}

/** Saves the caller's choices; kinds not sent keep theirs. */
export async function saveMyNotificationSettings(
  deps: Deps & { request: SaveNotificationSettings },
): Promise<NotificationSettings> {
  authorize(deps.actor, 'own.choose', deps);
  const user = requireUser(deps.actor);
  const { request } = deps;
  const phone = request.phone ? normalizePhone(request.phone) : null;
  if (request.phone && !phone)
    throw new AppError('PHONE_INVALID', 'not a phone number', {
      errors: [{ path: 'body.phone', code: 'invalid_format', message: 'not a phone number' }],
    });
  const allowed = new Set(kindsFor(user.roles[deps.programmeId] ?? []));
  const now = deps.now ?? new Date();
  await deps.db.withProgramme(deps.programmeId, async (tx) => {
    for (const choice of request.kinds) {
      if (!allowed.has(choice.kind)) continue;
      for (const channel of CHANNELS) {
        await setChoice(
          tx,
          {
            programmeId: deps.programmeId,
            personId: user.userId,
            kind: choice.kind,
            channel,
            enabled: choice.channels[channel],
          },
          now,
        );
      }
    }
    const values = {
      quietFrom: request.quietHours?.from ?? null,
      quietTo: request.quietHours?.to ?? null,
      digest: request.digest,
      phone,
      updatedAt: now,
    };
    await tx
      .insert(notificationSetting)
      .values({ programmeId: deps.programmeId, personId: user.userId, ...values })
      .onConflictDoUpdate({
        target: [notificationSetting.programmeId, notificationSetting.personId],
        set: values,
      });
  });
  return getMyNotificationSettings(deps);
}
