import { pino } from 'pino';

/** A logger that writes nothing, for tests. */
export const silentLogger = pino({ level: 'silent' });
