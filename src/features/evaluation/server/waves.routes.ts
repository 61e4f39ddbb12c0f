import type { FastifyRequest } from 'fastify';
import type { Database } from '../../../server/db.ts';
import { problemSchema } from '../../../server/errors.ts';
import type { App } from '../../../server/http.ts';
import { programmeParamsSchema } from '../questionnaire.contract.ts';
import { responseRatesSchema, waveSettingsSchema } from '../waves.contract.ts';
import { evaluationAccess } from './evaluation.policy.ts';
import { listResponseRates } from './waves-rates.ts';
import { getWaveSettings, updateWaveSettings } from './waves-settings.ts';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const tags = ['evaluation'];

/** The programme's waves (staff): when they are due, the window and reminders; response rates. */
export function wavesRoutes(app: App, deps: { db: Database }) {
  const base = (request: FastifyRequest) => ({ db: deps.db, actor: request.actor, requestId: request.id });

  app.get(
    '/api/programmes/:programmeId/wave-settings',
    {
      config: { access: evaluationAccess['waves.read'] },
      schema: {
        tags,
        summary: 'When each wave is due, the days to answer and the reminder days',
        params: programmeParamsSchema,
        response: { 200: waveSettingsSchema, ...problems },
      },
    },
    async (request) => getWaveSettings({ ...base(request), ...request.params }),
  );

  app.put(
    '/api/programmes/:programmeId/wave-settings',
    {
      config: { access: evaluationAccess['waves.manage'] },
      schema: {
        tags,
        summary: 'Save the waves (questionnaires already sent keep their window)',
        params: programmeParamsSchema,
        body: waveSettingsSchema,
        response: { 200: waveSettingsSchema, ...problems },
      },
    },
    async (request) => updateWaveSettings({ ...base(request), ...request.params, settings: request.body }),
  );

  app.get(
    '/api/programmes/:programmeId/response-rates',
    {
      config: { access: evaluationAccess['waves.read'] },
      schema: {
        tags,
        summary: 'Response rates per wave and role (counts under 5 suppressed)',
        params: programmeParamsSchema,
        response: { 200: responseRatesSchema, ...problems },
      },
    },
    async (request) => listResponseRates({ ...base(request), ...request.params }),
  );
}
