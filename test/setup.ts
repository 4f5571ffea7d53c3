import { afterAll } from 'vitest';
import { removeFileLevelTempDirs } from './helpers.js';

afterAll(removeFileLevelTempDirs);
