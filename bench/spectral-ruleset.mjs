// Spectral ruleset that applies the charter JSON Schema, for the side-by-side benchmark.
import { schema } from '@stoplight/spectral-functions';
import { readFileSync } from 'node:fs';

const charterSchema = JSON.parse(readFileSync(new URL('../schemas/charter.schema.json', import.meta.url), 'utf8'));

export default {
  rules: {
    'charter-schema': {
      given: '$',
      severity: 'error',
      then: { function: schema, functionOptions: { schema: charterSchema, dialect: 'draft2020-12' } },
    },
  },
};
