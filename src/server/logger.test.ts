import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { lazyChildLogger, loggablePath, loggerOptions, serializeError } from './logger.ts';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(chunk.toString());
      cb();
    },
  });
  return { log: pino(loggerOptions('info'), stream), lines };
}

describe('logger', () => {
  it('censors personal fields wherever they appear', () => {
    const { log, lines } = capture();
    log.info({ email: 'a@b.dk', person: { phone: '12345678', name: 'Karen' }, count: 3 }, 'hello');
    const line = lines.join('');
    expect(line).not.toMatch(/a@b\.dk|12345678|Karen/);
    expect(line).toContain('"count":3');
  });

  it('drops query parameters and PostgreSQL details from logged errors', () => {
    const error = new Error('Failed query: insert into person values ($1)\nparams: karen@example.org');
    const cause = Object.assign(new Error('duplicate key'), {
      code: '23505',
      detail: 'Key (email)=(karen@example.org)',
    });
    error.cause = cause;
    const out = JSON.stringify(serializeError(error));
    expect(out).not.toContain('karen@example.org');
    expect(out).toContain('23505');
    expect(out).toContain('params: [redacted]');
  });

  it("makes a request's logger only when it logs, with the request id and redaction", () => {
    const { log, lines } = capture();
    let children = 0;
    const counting = Object.assign(Object.create(log), {
      child: (...args: Parameters<typeof log.child>) => {
        children++;
        return log.child(...args);
      },
    }) as typeof log;
    const request = lazyChildLogger(counting, { reqId: 'r-1' }, {});
    request.debug('not enabled at info');
    expect(request.isLevelEnabled('debug')).toBe(false);
    expect(children).toBe(0);
    request.info({ email: 'a@b.dk' }, 'answered');
    request.warn('again');
    expect(children).toBe(1);
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toMatchObject({ reqId: 'r-1', email: '[redacted]', msg: 'answered' });
  });

  it("logs a calendar feed's path without its secret token", () => {
    const { log, lines } = capture();
    const token = `${'a'.repeat(32)}.${'B'.repeat(43)}`;
    const req = {
      method: 'GET',
      url: `/api/public/calendar/${token}.ics?x=1`,
      routeOptions: { url: '/api/public/calendar/:token' },
    };
    log.info({ req }, 'incoming request');
    const line = lines.join('');
    expect(line).not.toContain(token);
    expect(JSON.parse(line).req).toEqual({
      method: 'GET',
      route: '/api/public/calendar/:token',
      path: '/api/public/calendar/[redacted]',
    });
    expect(loggablePath('/api/programmes/x/cohorts?q=1')).toBe('/api/programmes/x/cohorts');
  });
});
