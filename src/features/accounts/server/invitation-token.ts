import { hashProgrammeToken, newProgrammeToken, programmeOfToken } from '../../../server/programme-token.ts';

/** Invitations are valid this long; staff can send a new one. */
export const INVITATION_DAYS = 14;

/** An invitation's token (see programme-token.ts): the link carries it, the table its hash. */
export const newInvitationToken = newProgrammeToken;
export const hashInvitationToken = hashProgrammeToken;
export { programmeOfToken };
