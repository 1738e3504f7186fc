import pino from 'pino';

/**
 * Structured logs (JSON lines) on stderr, so stdout stays for what a command
 * prints for people. Authorization headers and passwords are redacted wherever
 * they appear in a logged object.
 */
export const logger = pino(
  {
    level: process.env['LOG_LEVEL'] ?? 'info',
    redact: {
      paths: ['req.headers.authorization', '*.password', 'password', '*.token', 'token', 'headers.authorization'],
      censor: '[redacted]',
    },
  },
  pino.destination(2),
);

export type Logger = typeof logger;
