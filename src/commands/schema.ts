import { schema } from '../core/validate.js';
import type { CommandIO } from './io.js';

export async function runSchema(io: CommandIO): Promise<number> {
  io.stdout(JSON.stringify(schema, null, 2) + '\n');
  return 0;
}
