import type { FastifyRequest } from 'fastify';
import type { Database } from '../../../server/db.ts';
import { problemSchema } from '../../../server/errors.ts';
import type { App } from '../../../server/http.ts';
import {
  answerRequestSchema,
  approveRequestSchema,
  matchingSettingsSchema,
  meetingSchema,
  mustNotMatchRequestSchema,
  myOffersSchema,
  personParamsSchema,
  pinSchema,
  previewRequestSchema,
  previewSchema,
  programmeParamsSchema,
  proposalListSchema,
  proposalParamsSchema,
  roundDetailSchema,
  roundListSchema,
  roundParamsSchema,
  saveWishesRequestSchema,
  shareSchema,
  staffProposalSchema,
  staffSaveWishesRequestSchema,
  staffWishesProfileSchema,
  wishesProfileSchema,
} from '../matching.contract.ts';
import type { ActiveMentorships } from './active-mentorships.ts';
import { getMatchingSettings, updateMatchingSettings } from './manage-matching-settings.ts';
import { getMyShare, saveMyShare } from './manage-share.ts';
import {
  getMyWishes,
  getPersonWishes,
  markMustNotMatch,
  saveMyWishes,
  savePersonWishes,
} from './manage-wishes.ts';
import { answerOffer, arrangeMeeting, listProposals, myOffers, offerProposal } from './match-offers.ts';
import { matchingAccess } from './matching.policy.ts';
import {
  approveProposals,
  getRound,
  listRounds,
  openRound,
  previewRound,
  removePin,
  setPin,
} from './matching-rounds.ts';

const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
};
const tags = ['matching'];

/** Wishes profiles, the programme's matching settings and matching rounds. */
export function matchingRoutes(
  app: App,
  deps: { db: Database; activeMentorships: ActiveMentorships; publicUrl: string },
) {
  const base = (request: FastifyRequest) => ({ db: deps.db, actor: request.actor, requestId: request.id });
  const round = (request: FastifyRequest) => ({
    ...base(request),
    activeMentorships: deps.activeMentorships,
  });
  const settingsPath = '/api/programmes/:programmeId/matching-settings';
  const ownPath = '/api/programmes/:programmeId/my-wishes';
  const personPath = '/api/programmes/:programmeId/wishes/:userId';
  const roundsPath = '/api/programmes/:programmeId/matching-rounds';
  const roundPath = `${roundsPath}/:roundId`;

  app.get(
    settingsPath,
    {
      config: { access: matchingAccess['settings.read'] },
      schema: {
        tags,
        summary: 'Activities, areas, weights and mentor capacity for matching',
        params: programmeParamsSchema,
        response: { 200: matchingSettingsSchema, ...problems },
      },
    },
    async (request) => getMatchingSettings({ ...base(request), ...request.params }),
  );
  app.put(
    settingsPath,
    {
      config: { access: matchingAccess['settings.update'] },
      schema: {
        tags,
        summary: 'Save the matching settings',
        params: programmeParamsSchema,
        body: matchingSettingsSchema,
        response: { 200: matchingSettingsSchema, ...problems },
      },
    },
    async (request) =>
      updateMatchingSettings({ ...base(request), ...request.params, settings: request.body }),
  );

  app.get(
    ownPath,
    {
      config: { access: matchingAccess['own.wishes'] },
      schema: {
        tags,
        summary: "The caller's wishes (a draft from their application until saved)",
        params: programmeParamsSchema,
        response: { 200: wishesProfileSchema, ...problems },
      },
    },
    async (request) => getMyWishes({ ...base(request), ...request.params }),
  );
  app.put(
    ownPath,
    {
      config: { access: matchingAccess['own.wishes'] },
      schema: {
        tags,
        summary: "Save the caller's wishes",
        params: programmeParamsSchema,
        body: saveWishesRequestSchema,
        response: { 200: wishesProfileSchema, ...problems },
      },
    },
    async (request) => saveMyWishes({ ...base(request), ...request.params, wishes: request.body.wishes }),
  );

  app.get(
    personPath,
    {
      config: { access: matchingAccess['wishes.read'] },
      schema: {
        tags,
        summary: "A peer's or mentor's wishes and must-not-match marks (audited)",
        params: personParamsSchema,
        response: { 200: staffWishesProfileSchema, ...problems },
      },
    },
    async (request) => getPersonWishes({ ...base(request), ...request.params }),
  );
  app.put(
    personPath,
    {
      config: { access: matchingAccess['wishes.update'] },
      schema: {
        tags,
        summary: "Save a person's wishes and pause",
        params: personParamsSchema,
        body: staffSaveWishesRequestSchema,
        response: { 200: staffWishesProfileSchema, ...problems },
      },
    },
    async (request) => savePersonWishes({ ...base(request), ...request.params, ...request.body }),
  );
  app.post(
    `${personPath}/must-not-match`,
    {
      config: { access: matchingAccess['wishes.update'] },
      schema: {
        tags,
        summary: 'Mark that two people are never proposed to each other',
        params: personParamsSchema,
        body: mustNotMatchRequestSchema,
        response: { 200: staffWishesProfileSchema, ...problems },
      },
    },
    async (request) => markMustNotMatch({ ...base(request), ...request.params, ...request.body }),
  );
  app.delete(
    `${personPath}/must-not-match/:otherUserId`,
    {
      config: { access: matchingAccess['wishes.update'] },
      schema: {
        tags,
        summary: 'Remove a must-not-match mark',
        params: personParamsSchema.extend(mustNotMatchRequestSchema.shape),
        response: { 200: staffWishesProfileSchema, ...problems },
      },
    },
    async (request) => markMustNotMatch({ ...base(request), ...request.params, remove: true }),
  );

  app.get(
    roundsPath,
    {
      config: { access: matchingAccess['round.manage'] },
      schema: {
        tags,
        summary: 'Matching rounds, newest first',
        params: programmeParamsSchema,
        response: { 200: roundListSchema, ...problems },
      },
    },
    async (request) => listRounds({ ...round(request), ...request.params }),
  );
  app.post(
    roundsPath,
    {
      config: { access: matchingAccess['round.manage'] },
      schema: {
        tags,
        summary: 'Open a matching round (closes the open one)',
        params: programmeParamsSchema,
        response: { 201: roundDetailSchema, ...problems },
      },
    },
    async (request, reply) => reply.code(201).send(await openRound({ ...round(request), ...request.params })),
  );
  app.get(
    roundPath,
    {
      config: { access: matchingAccess['round.manage'] },
      schema: {
        tags,
        summary: 'The pool, proposals with explained scores, alternatives (audited)',
        params: roundParamsSchema,
        response: { 200: roundDetailSchema, ...problems },
      },
    },
    async (request) => getRound({ ...round(request), ...request.params }),
  );
  app.post(
    `${roundPath}/preview`,
    {
      config: { access: matchingAccess['round.manage'] },
      schema: {
        tags,
        summary: 'Proposals with other weights, not saved',
        params: roundParamsSchema,
        body: previewRequestSchema,
        response: { 200: previewSchema, ...problems },
      },
    },
    async (request) => previewRound({ ...round(request), ...request.params, weights: request.body.weights }),
  );
  app.post(
    `${roundPath}/pins`,
    {
      config: { access: matchingAccess['round.manage'] },
      schema: {
        tags,
        summary: 'Pin or forbid a pair and re-solve',
        params: roundParamsSchema,
        body: pinSchema,
        response: { 200: roundDetailSchema, ...problems },
      },
    },
    async (request) => setPin({ ...round(request), ...request.params, pin: request.body }),
  );
  app.delete(
    `${roundPath}/pins/:peerId/:mentorId`,
    {
      config: { access: matchingAccess['round.manage'] },
      schema: {
        tags,
        summary: 'Remove a pin or forbid and re-solve',
        params: roundParamsSchema.extend({
          peerId: pinSchema.shape.peerId,
          mentorId: pinSchema.shape.mentorId,
        }),
        response: { 200: roundDetailSchema, ...problems },
      },
    },
    async (request) => removePin({ ...round(request), ...request.params }),
  );
  app.post(
    `${roundPath}/approve`,
    {
      config: { access: matchingAccess['round.manage'] },
      schema: {
        tags,
        summary: 'Approve proposals, one or many (all or none)',
        params: roundParamsSchema,
        body: approveRequestSchema,
        response: { 200: roundDetailSchema, ...problems },
      },
    },
    async (request) => approveProposals({ ...round(request), ...request.params, pairs: request.body.pairs }),
  );

  offerRoutes(app, deps);
}

/** Offers of approved proposals to both people, their answers, the first meeting, the figures. */
function offerRoutes(
  app: App,
  deps: { db: Database; activeMentorships: ActiveMentorships; publicUrl: string },
) {
  const base = (request: FastifyRequest) => ({
    db: deps.db,
    actor: request.actor,
    requestId: request.id,
    publicUrl: deps.publicUrl,
  });
  const proposalsPath = '/api/programmes/:programmeId/match-proposals';
  const proposalPath = `${proposalsPath}/:proposalId`;
  const mySharePath = '/api/programmes/:programmeId/my-share';
  const myOffersPath = '/api/programmes/:programmeId/my-offers';

  app.get(
    proposalsPath,
    {
      config: { access: matchingAccess['round.manage'] },
      schema: {
        tags,
        summary: 'Approved proposals with both answers and reasons, waiting times, acceptance (audited)',
        params: programmeParamsSchema,
        response: { 200: proposalListSchema, ...problems },
      },
    },
    async (request) =>
      listProposals({ ...base(request), activeMentorships: deps.activeMentorships, ...request.params }),
  );
  app.post(
    `${proposalPath}/offer`,
    {
      config: { access: matchingAccess['round.manage'] },
      schema: {
        tags,
        summary: 'Offer an approved proposal to both people (they get a mail that there is news)',
        params: proposalParamsSchema,
        response: { 200: staffProposalSchema, ...problems },
      },
    },
    async (request) => offerProposal({ ...base(request), ...request.params }),
  );
  app.put(
    `${proposalPath}/meeting`,
    {
      config: { access: matchingAccess['round.manage'] },
      schema: {
        tags,
        summary: 'Record the first meeting: when, and at the café or with staff present',
        params: proposalParamsSchema,
        body: meetingSchema,
        response: { 200: staffProposalSchema, ...problems },
      },
    },
    async (request) => arrangeMeeting({ ...base(request), ...request.params, meeting: request.body }),
  );
  app.get(
    mySharePath,
    {
      config: { access: matchingAccess['own.wishes'] },
      schema: {
        tags,
        summary: 'What the caller shares with a possible match',
        params: programmeParamsSchema,
        response: { 200: shareSchema, ...problems },
      },
    },
    async (request) => getMyShare({ ...base(request), ...request.params }),
  );
  app.put(
    mySharePath,
    {
      config: { access: matchingAccess['own.wishes'] },
      schema: {
        tags,
        summary: 'Save what the caller shares with a possible match',
        params: programmeParamsSchema,
        body: shareSchema,
        response: { 200: shareSchema, ...problems },
      },
    },
    async (request) => saveMyShare({ ...base(request), ...request.params, share: request.body }),
  );
  app.get(
    myOffersPath,
    {
      config: { access: matchingAccess['own.offers'] },
      schema: {
        tags,
        summary: 'Offers to the caller: what the other shares and why they were matched',
        params: programmeParamsSchema,
        response: { 200: myOffersSchema, ...problems },
      },
    },
    async (request) => myOffers({ ...base(request), ...request.params }),
  );
  app.post(
    `${myOffersPath}/:proposalId/answer`,
    {
      config: { access: matchingAccess['own.offers'] },
      schema: {
        tags,
        summary: 'Accept or decline an offer (the reason is for staff only)',
        params: proposalParamsSchema,
        body: answerRequestSchema,
        response: { 200: myOffersSchema, ...problems },
      },
    },
    async (request) => answerOffer({ ...base(request), ...request.params, ...request.body }),
  );
}
