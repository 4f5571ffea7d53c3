#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+ caches compiled code between runs; every run of a linter pays start-up.
module.enableCompileCache?.();
await import('../dist/cli.js');
