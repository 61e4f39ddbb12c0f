import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database } from '../../../server/db.ts';
import { problemSchema } from '../../../server/errors.ts';
import type { App } from '../../../server/http.ts';
import { dashboardQuerySchema, dashboardSchema, exportFormatSchema } from '../dashboard.contract.ts';
import { programmeParamsSchema } from '../questionnaire.contract.ts';
import { downloadReport, getDashboard } from './dashboard-read.ts';
import { evaluationAccess } from './evaluation.policy.ts';
import { codebookMarkdown } from './export-codebook.ts';
import { exportCodebook, exportResearchData } from './export-research.ts';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const tags = ['evaluation'];

/** The dashboard, the report and the researchers' export (issue #9 points 8–10, decision 046). */
export function dashboardRoutes(app: App, config: { db: Database; pseudonymKey: string }) {
  const base = (request: FastifyRequest) => ({ db: config.db, actor: request.actor, requestId: request.id });

  app.get(
    '/api/programmes/:programmeId/evaluation/dashboard',
    {
      config: { access: evaluationAccess['dashboard.read'] },
      schema: {
        tags,
        summary: 'Paired results per instrument and wave for one role (and cohort); cells under 5 suppressed',
        params: programmeParamsSchema,
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema, ...problems },
      },
    },
    async (request) => getDashboard({ ...base(request), ...request.params, query: request.query }),
  );

  app.get(
    '/api/programmes/:programmeId/evaluation/report.pdf',
    {
      config: { access: evaluationAccess['dashboard.read'] },
      schema: {
        tags,
        summary: 'The Danish evaluation report as a tagged PDF (both roles; cells under 5 suppressed)',
        params: programmeParamsSchema,
        querystring: z.object({ cohortId: z.uuid().optional() }),
        produces: ['application/pdf'],
        response: { 200: z.any(), ...problems },
      },
    },
    async (request, reply) => {
      const pdf = await downloadReport({
        ...base(request),
        ...request.params,
        cohortId: request.query.cohortId,
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="evalueringsrapport.pdf"')
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  app.get(
    '/api/programmes/:programmeId/evaluation/export',
    {
      config: { access: evaluationAccess['export.research'] },
      schema: {
        tags,
        summary:
          'Researchers: the pseudonymised long-format CSV, or its codebook (JSON or Markdown); needs a fresh login',
        params: programmeParamsSchema,
        querystring: exportFormatSchema,
        produces: ['text/csv', 'application/json', 'text/markdown'],
        response: { 200: z.any(), ...problems },
      },
    },
    async (request, reply) => {
      const deps = { ...base(request), ...request.params, pseudonymKey: config.pseudonymKey };
      reply.header('cache-control', 'no-store');
      if (request.query.format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="evaluering-pseudonymiseret.csv"')
          .send(await exportResearchData(deps));
      }
      const book = await exportCodebook(deps);
      if (request.query.format === 'codebook-json') {
        return reply
          .type('application/json; charset=utf-8')
          .header('content-disposition', 'attachment; filename="kodebog.json"')
          .send(JSON.stringify(book, null, 2));
      }
      return reply
        .type('text/markdown; charset=utf-8')
        .header('content-disposition', 'attachment; filename="kodebog.md"')
        .send(codebookMarkdown(book));
    },
  );
}
