import type { FastifyRequest } from 'fastify';
import type { ProblemLocale } from '../shared/problems.ts';

export const LOCALE_COOKIE = 'makker_lang';

/** The language of a request: the remembered choice (cookie), then Accept-Language, then Danish. */
export function requestLocale(request: FastifyRequest): ProblemLocale {
  const accept = request.headers['accept-language'];
  return localeFromHeaders(request.headers.cookie ?? '', typeof accept === 'string' ? accept : undefined);
}

/** The same from raw header values (e.g. a Fetch `Request` inside better-auth's callbacks). */
export function localeFromHeaders(cookie: string, accept: string | undefined): ProblemLocale {
  const chosen = /(?:^|;\s*)makker_lang=(da|en)(?:;|$)/.exec(cookie)?.[1];
  if (chosen === 'da' || chosen === 'en') return chosen;
  if (typeof accept === 'string') {
    const ranked = accept
      .split(',')
      .map((part) => {
        const [tag = '', ...params] = part.trim().toLowerCase().split(';');
        const q = Number(params.find((p) => p.trim().startsWith('q='))?.split('=')[1] ?? 1);
        return { lang: tag.split('-')[0], q: Number.isFinite(q) ? q : 0 };
      })
      .filter((x) => x.lang === 'da' || x.lang === 'en')
      .sort((a, b) => b.q - a.q);
    if (ranked[0]) return ranked[0].lang as ProblemLocale;
  }
  return 'da';
}
