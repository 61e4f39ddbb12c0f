/** Prometheus metrics: process defaults plus request counts and durations by route. */
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** Counts of background jobs by status, read when metrics are scraped. */
export type JobCounter = () => Promise<Record<string, number>>;

export function registerMetrics(app: FastifyInstance, options: { countJobs?: JobCounter } = {}) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'makker_' });
  const duration = new Histogram({
    name: 'makker_http_request_duration_seconds',
    help: 'HTTP request duration by route template',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const { countJobs } = options;
  if (countJobs) {
    new Gauge({
      name: 'makker_jobs',
      help: 'Background jobs by status (failed ones need attention: npx makker jobs --status failed)',
      labelNames: ['status'],
      registers: [registry],
      async collect() {
        const counts = await countJobs();
        for (const status of ['pending', 'running', 'succeeded', 'failed'])
          this.set({ status }, counts[status] ?? 0);
      },
    });
  }
  // One histogram (its _count is the request count); route templates only, never raw URLs.
  app.addHook('onResponse', (request, reply, done) => {
    duration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
    done();
  });
  return registry;
}
