/**
 * The stop link in every e-mail and SMS (decision 043): opened without login, it turns one kind
 * (or, from a digest, every kind) off for one channel. The token is the claim itself, signed with
 * an HMAC-SHA256 key derived from the installation's secret, so nothing is stored per message and
 * a changed letter or an old link is refused: `<base64url(JSON)>.<base64url(HMAC)>`.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../server/errors.ts';
import {
  type NotificationKind,
  notificationKindSchema,
  type OutboundChannel,
} from '../notifications.contract.ts';

/** How long a stop link works: long enough for an old message in someone's inbox. */
export const STOP_LINK_DAYS = 365;

export interface StopClaim {
  programmeId: string;
  personId: string;
  /** null: every kind on the channel (the digest's link). */
  kind: NotificationKind | null;
  channel: OutboundChannel;
}

const payloadSchema = z.object({
  v: z.literal(1),
  p: z.uuid(),
  u: z.uuid(),
  k: notificationKindSchema.nullable(),
  c: z.enum(['email', 'sms']),
  /** Expiry, seconds since 1970. */
  e: z.number().int(),
});

/** The signing key: derived from the secret with a label, so it is never the session key itself. */
export const stopLinkKey = (secret: string) =>
  createHmac('sha256', secret).update('makker notifications stop link v1').digest();

const sign = (key: Buffer, body: string) => createHmac('sha256', key).update(body).digest('base64url');

/** A signed stop token for a claim, valid STOP_LINK_DAYS from `now`. */
export function signStopToken(key: Buffer, claim: StopClaim, now = new Date()): string {
  const body = Buffer.from(
    JSON.stringify({
      v: 1,
      p: claim.programmeId,
      u: claim.personId,
      k: claim.kind,
      c: claim.channel,
      e: Math.floor(now.getTime() / 1000) + STOP_LINK_DAYS * 86_400,
    }),
  ).toString('base64url');
  return `${body}.${sign(key, body)}`;
}

/** The claim of a token; STOP_LINK_INVALID when it is altered or not ours, STOP_LINK_EXPIRED when old. */
export function verifyStopToken(key: Buffer, token: string, now = new Date()): StopClaim {
  const [body, signature, ...rest] = token.split('.');
  if (!body || !signature || rest.length > 0) throw new AppError('STOP_LINK_INVALID');
  const expected = Buffer.from(sign(key, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    throw new AppError('STOP_LINK_INVALID');
  let parsed: z.infer<typeof payloadSchema>;
  try {
    parsed = payloadSchema.parse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
  } catch {
    throw new AppError('STOP_LINK_INVALID');
  }
  if (parsed.e * 1000 < now.getTime()) throw new AppError('STOP_LINK_EXPIRED');
  return { programmeId: parsed.p, personId: parsed.u, kind: parsed.k, channel: parsed.c };
}
