import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database } from '../../../server/db.ts';
import { problemSchema } from '../../../server/errors.ts';
import type { App } from '../../../server/http.ts';
import {
  addTranslationRequestSchema,
  approveVersionRequestSchema,
  instrumentListSchema,
  instrumentParamsSchema,
  instrumentSchema,
  languageSchema,
  myQuestionnaireListSchema,
  myQuestionnaireSchema,
  myWellbeingSchema,
  programmeParamsSchema,
  questionnaireListSchema,
  questionnaireParamsSchema,
  questionnaireSummarySchema,
  saveAnswerRequestSchema,
  saveAnswerResponseSchema,
  saveImportantPeopleRequestSchema,
  sendQuestionnaireRequestSchema,
  versionParamsSchema,
} from '../questionnaire.contract.ts';
import {
  completeMyQuestionnaire,
  getMyQuestionnaire,
  listMyQuestionnaires,
  saveMyAnswer,
  saveMyRoster,
} from './answer-questionnaire.ts';
import { evaluationAccess } from './evaluation.policy.ts';
import { addTranslation, approveVersion, listInstruments } from './manage-instruments.ts';
import { getMyWellbeing } from './my-wellbeing.ts';
import { listQuestionnaires, sendQuestionnaire } from './send-questionnaire.ts';

const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
};
const tags = ['evaluation'];
const languageQuery = z.object({ language: languageSchema.default('da') });

/** Instruments and their translations (staff, admins), questionnaires sent and answered (issue #9). */
export function evaluationRoutes(app: App, deps: { db: Database }) {
  const base = (request: FastifyRequest) => ({ db: deps.db, actor: request.actor, requestId: request.id });

  app.get(
    '/api/programmes/:programmeId/instruments',
    {
      config: { access: evaluationAccess['instrument.list'] },
      schema: {
        tags,
        summary: 'The instruments as data: items, codes, rules, licence, language versions and their status',
        params: programmeParamsSchema,
        response: { 200: instrumentListSchema, ...problems },
      },
    },
    async (request) => listInstruments({ ...base(request), ...request.params }),
  );

  app.post(
    '/api/programmes/:programmeId/instruments/:instrumentId/versions',
    {
      config: { access: evaluationAccess['instrument.translate'] },
      schema: {
        tags,
        summary: 'Add a translation with its translation log (pending until approved)',
        params: instrumentParamsSchema,
        body: addTranslationRequestSchema,
        response: { 201: instrumentSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addTranslation({ ...base(request), ...request.params, request: request.body })),
  );

  app.post(
    '/api/programmes/:programmeId/instruments/:instrumentId/versions/:versionId/approve',
    {
      config: { access: evaluationAccess['instrument.translate'] },
      schema: {
        tags,
        summary: 'Approve a pending version: respondents see it from now on; answers keep theirs',
        params: versionParamsSchema,
        body: approveVersionRequestSchema,
        response: { 200: instrumentSchema, ...problems },
      },
    },
    async (request) => approveVersion({ ...base(request), ...request.params, request: request.body }),
  );

  app.get(
    '/api/programmes/:programmeId/questionnaires',
    {
      config: { access: evaluationAccess['questionnaire.list'] },
      schema: {
        tags,
        summary:
          'Questionnaires sent, how far each is (never the answers), and consented notes to get in touch',
        params: programmeParamsSchema,
        response: { 200: questionnaireListSchema, ...problems },
      },
    },
    async (request) => listQuestionnaires({ ...base(request), ...request.params }),
  );

  app.post(
    '/api/programmes/:programmeId/questionnaires',
    {
      config: { access: evaluationAccess['questionnaire.send'] },
      schema: {
        tags,
        summary: 'Send a questionnaire to a peer or mentor for a wave, with its answering window',
        params: programmeParamsSchema,
        body: sendQuestionnaireRequestSchema,
        response: { 201: questionnaireSummarySchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await sendQuestionnaire({ ...base(request), ...request.params, request: request.body })),
  );

  app.get(
    '/api/programmes/:programmeId/my-questionnaires',
    {
      config: { access: evaluationAccess['own.answer'] },
      schema: {
        tags,
        summary: "The caller's own questionnaires",
        params: programmeParamsSchema,
        response: { 200: myQuestionnaireListSchema, ...problems },
      },
    },
    async (request) => listMyQuestionnaires({ ...base(request), ...request.params }),
  );

  app.get(
    '/api/programmes/:programmeId/my-questionnaires/:questionnaireId',
    {
      config: { access: evaluationAccess['own.answer'] },
      schema: {
        tags,
        summary:
          'One of the caller’s questionnaires: its questions in their language and their answers so far',
        params: questionnaireParamsSchema,
        querystring: languageQuery,
        response: { 200: myQuestionnaireSchema, ...problems },
      },
    },
    async (request) => getMyQuestionnaire({ ...base(request), ...request.params, ...request.query }),
  );

  app.put(
    '/api/programmes/:programmeId/my-questionnaires/:questionnaireId/answers',
    {
      config: { access: evaluationAccess['own.answer'] },
      schema: {
        tags,
        summary: 'Save one answer as given (null: skipped, a missing answer)',
        params: questionnaireParamsSchema,
        body: saveAnswerRequestSchema,
        response: { 200: saveAnswerResponseSchema, ...problems },
      },
    },
    async (request) => saveMyAnswer({ ...base(request), ...request.params, request: request.body }),
  );

  app.put(
    '/api/programmes/:programmeId/my-questionnaires/:questionnaireId/important-people',
    {
      config: { access: evaluationAccess['own.answer'] },
      schema: {
        tags,
        summary: 'Save the Important People roster (up to 10, nicknames only)',
        params: questionnaireParamsSchema,
        body: saveImportantPeopleRequestSchema,
        response: { 200: saveAnswerResponseSchema, ...problems },
      },
    },
    async (request) => saveMyRoster({ ...base(request), ...request.params, ...request.body }),
  );

  app.post(
    '/api/programmes/:programmeId/my-questionnaires/:questionnaireId/complete',
    {
      config: { access: evaluationAccess['own.answer'] },
      schema: {
        tags,
        summary: 'Finish the questionnaire (unanswered questions stay missing)',
        params: questionnaireParamsSchema,
        response: { 200: z.object({ completed: z.literal(true) }), ...problems },
      },
    },
    async (request) => completeMyQuestionnaire({ ...base(request), ...request.params }),
  );

  app.get(
    '/api/programmes/:programmeId/my-wellbeing',
    {
      config: { access: evaluationAccess['own.wellbeing'] },
      schema: {
        tags,
        summary: '"Din trivsel": the caller’s own scores and network over the waves',
        params: programmeParamsSchema,
        querystring: languageQuery,
        response: { 200: myWellbeingSchema, ...problems },
      },
    },
    async (request) => getMyWellbeing({ ...base(request), ...request.params, ...request.query }),
  );
}
