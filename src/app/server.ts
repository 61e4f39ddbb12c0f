/**
 * Composition of the HTTP server: plugins, cross-cutting hooks, every feature's routes and the
 * built web app. Nothing imports this file but main.ts, the CLI and tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import {
  accountsRoutes,
  authRoutes,
  createAuth,
  createLoginThrottle,
  loginOptionsRoutes,
  recordFailedLogin,
  resolveActor,
  SESSION_COOKIE,
} from '../features/accounts/server/index.ts';
import { communityRoutes } from '../features/community/server/index.ts';
import { dashboardRoutes, evaluationRoutes, wavesRoutes } from '../features/evaluation/server/index.ts';
import { groupRoutes, groupTopicCheck } from '../features/group/server/index.ts';
import { intakeRoutes, linkApplicationToAccount } from '../features/intake/server/index.ts';
import { matchingRoutes, pauseMatchingAvailability } from '../features/matching/server/index.ts';
import {
  mentorRelapseRoutes,
  mentorshipsRoutes,
  openMentorshipCounts,
  peersWithOpenMentorship,
} from '../features/mentorships/server/index.ts';
import { messagingRoutes, PAIR_THREAD_TOPIC, pairThreadCheck } from '../features/messaging/server/index.ts';
import { notificationsRoutes } from '../features/notifications/server/index.ts';
import { programmesRoutes } from '../features/programmes/server/index.ts';
import { mentorCohorts, trainingRoutes } from '../features/training/server/index.ts';
import { accessExtension, anonymous, collectAccessDeclarations } from '../server/access.ts';
import { registerCsrfGuard } from '../server/csrf.ts';
import type { Database } from '../server/db.ts';
import type { Env } from '../server/env.ts';
import { AppError, answerFrameworkError, registerProblemHandling, sendProblem } from '../server/errors.ts';
import { configureFieldEncryption } from '../server/field-encryption.ts';
import type { App } from '../server/http.ts';
import { countJobsByStatus } from '../server/jobs.ts';
import { lazyChildLogger } from '../server/logger.ts';
import { registerMetrics } from '../server/metrics.ts';
import { RealtimeHub } from '../server/realtime.ts';
import { registerSecurityHeaders } from '../server/security-headers.ts';
import { devRoutes } from './dev.routes.ts';
import { jobHandlers } from './jobs.ts';
import { announceLive, appNotifier } from './notifier.ts';
import { opsRoutes } from './ops.routes.ts';
import { personalDataParts } from './personal-data.ts';

export const WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

export interface ServerOptions {
  env: Env;
  db: Database;
  logger?: FastifyServerOptions['loggerInstance'];
  version?: string;
  /** Heartbeat of the realtime hub (tests shorten it). */
  liveHeartbeatMs?: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** This instance's realtime hub (decision 047). */
    realtime: RealtimeHub;
  }
}

export async function buildServer(options: ServerOptions) {
  const { env, db } = options;
  configureFieldEncryption(env.encryptionKeys);
  const app = Fastify({
    loggerInstance: options.logger,
    bodyLimit: env.BODY_LIMIT_BYTES,
    trustProxy: env.TRUST_PROXY,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    routerOptions: { ignoreTrailingSlash: true },
    childLoggerFactory: lazyChildLogger, // a request's logger is made when it first logs
    frameworkErrors: answerFrameworkError, // router errors (bad URL, over-long parameter) as problem+json
  }).withTypeProvider<ZodTypeProvider>() as App;

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandling(app);
  // First of the request hooks, so that every answer (errors included) carries them.
  registerSecurityHeaders(app, { trustProxy: env.TRUST_PROXY });
  const accessTable = collectAccessDeclarations(app);
  const auth = createAuth({ db, env });
  registerCsrfGuard(app, { publicUrl: env.publicUrl, sessionCookie: SESSION_COOKIE });
  app.decorateRequest('actor', null as never);
  // Plain (not async) hook: most requests carry no session and should not pay for a promise.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    request.actor = anonymous;
    // Only API calls that carry a session cookie pay for looking the session up.
    if (
      !request.url.startsWith('/api/') ||
      request.url.startsWith('/api/auth/') ||
      !request.headers.cookie?.includes(SESSION_COOKIE)
    ) {
      return done();
    }
    resolveActor({
      auth,
      db,
      headers: request.headers,
      privilegedIdleMinutes: env.SESSION_IDLE_MINUTES_PRIVILEGED,
    }).then(
      (actor) => {
        request.actor = actor;
        done();
      },
      (error: Error) => done(error),
    );
  });

  await app.register(rateLimit, {
    max: env.RATE_LIMIT_PER_MINUTE,
    timeWindow: 60_000,
    errorResponseBuilder: () => new AppError('RATE_LIMITED'),
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'makker API',
        version: options.version ?? '0.0.0',
        description: 'Run and evaluate a volunteer peer-mentor programme. Errors are RFC 9457 problem+json.',
      },
    },
    transform: jsonSchemaTransform,
    transformObject: (documentObject) => {
      const document = jsonSchemaTransformObject(documentObject) as {
        paths?: Record<string, Record<string, Record<string, unknown>>>;
      };
      for (const [route, operations] of Object.entries(document.paths ?? {})) {
        for (const [method, operation] of Object.entries(operations)) {
          const access = accessTable.get(`${method} ${route}`);
          if (access) operation['x-makker-access'] = accessExtension(access);
        }
      }
      return document as never;
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    // Our own policy for the documentation viewer: scripts from makker only; it sets inline
    // styles, so styles may be inline here (and only here); no validator badge from a third party.
    staticCSP: true,
    transformStaticCSP: () =>
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
      "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
    uiConfig: { deepLinking: false, validatorUrl: null },
  });

  // Before the feature routes: the WebSocket plugin wraps every route registered after it.
  const realtime = new RealtimeHub({ db, publicUrl: env.publicUrl, heartbeatMs: options.liveHeartbeatMs });
  app.decorate('realtime', realtime);
  await realtime.register(app);
  // Only the two people of a pair hear of their thread (decision 048).
  realtime.registerTopic(PAIR_THREAD_TOPIC, pairThreadCheck(db));

  const metrics = registerMetrics(app, { countJobs: () => countJobsByStatus(db.db) });
  opsRoutes(app, { db, metrics });
  authRoutes(app, {
    auth,
    recordFailedLogin: (email, requestId) => recordFailedLogin(db, email, requestId),
    throttle: createLoginThrottle({
      db,
      secret: env.authSecret,
      limits: {
        perAccount: env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
        perAddress: env.LOGIN_MAX_FAILURES_PER_ADDRESS,
        windowMinutes: 15,
        lockMinutes: env.LOGIN_LOCK_MINUTES,
      },
    }),
  });
  accountsRoutes(app, {
    db,
    publicUrl: env.publicUrl,
    personalData: personalDataParts,
    // Accepting the invitation sent at approval links the application to the new account.
    onInvitationAccepted: [linkApplicationToAccount],
  });
  loginOptionsRoutes(app, { oidc: env.oidc });
  programmesRoutes(app, { db });
  intakeRoutes(app, { db, publicUrl: env.publicUrl, perHour: env.APPLICATIONS_PER_HOUR });
  trainingRoutes(app, { db, publicUrl: env.publicUrl });
  // The overview's filter and figures per cohort: each mentor's latest cohort, from training.
  mentorshipsRoutes(app, { db, cohorts: mentorCohorts });
  // A mentor's relapse takes them out of matching too (decision 049).
  mentorRelapseRoutes(app, { db, pauseMatching: pauseMatchingAvailability });
  matchingRoutes(app, {
    db,
    activeMentorships: { countsOfMentors: openMentorshipCounts, peersInPairs: peersWithOpenMentorship },
    publicUrl: env.publicUrl,
  });
  communityRoutes(app, { db, publicUrl: env.publicUrl });
  // One notifier for the routes; a new notification reaches the person's open pages live.
  const notifier = appNotifier(env, announceLive(db, realtime, app.log));
  messagingRoutes(app, {
    db,
    live: realtime,
    // A new message is a notification to the partner ("Du har en ny besked i makker", never its
    // text), in the sending transaction; the live event on their own topic goes out at commit.
    onMessageSent: async (tx, message) => {
      const made = await notifier.notify(tx, {
        programmeId: message.programmeId,
        personId: message.recipientId,
        kind: 'pair.message',
        link: '/min-side/makker/beskeder',
      });
      if (made)
        await realtime.publish(tx, `person:${message.recipientId}`, {
          kind: 'notification',
          id: made.notificationId,
        });
    },
  });
  evaluationRoutes(app, { db });
  wavesRoutes(app, { db });
  notificationsRoutes(app, { db, notifier });
  dashboardRoutes(app, { db, pseudonymKey: env.pseudonymKey });
  // The group's live topic is heard by its members only (checked again at each heartbeat).
  realtime.registerTopic('programme-group', groupTopicCheck(db));
  groupRoutes(app, { db, hub: realtime });
  if (env.NODE_ENV !== 'production') devRoutes(app, { db, jobKinds: Object.keys(jobHandlers(env)) });

  await registerWebApp(app);
  return app;
}

/** Serves the built web app: hashed assets cached for a year, every other page gets index.html. */
async function registerWebApp(app: App) {
  const indexFile = path.join(WEB_ROOT, 'index.html');
  const hasWeb = fs.existsSync(indexFile);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: WEB_ROOT,
      wildcard: false,
      index: false,
      setHeaders: (res, filePath) => {
        res.setHeader(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/') && request.url !== '/api';
    if (wantsPage && hasWeb && /\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '') === false) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendProblem(request, reply, new AppError('ROUTE_NOT_FOUND'));
  });
}
