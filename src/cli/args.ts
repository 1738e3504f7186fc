import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './fail';

/** node:util's parseArgs, with a usage error (one sentence) instead of a stack trace. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  usage: string,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\nusage: ${usage}`);
  }
}
