import { UsageError } from '../core/errors.js';
import type { CommandIO } from './io.js';

export async function runInit(_target: string, _options: object, _io: CommandIO): Promise<number> {
  throw new UsageError('charter init is not available in this build yet');
}
