import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

/**
 * The `yaml` library, evaluated on first use: the fast parser (yaml-subset.ts) reads most
 * charters and configs, so most runs never pay yaml's start-up. A require() call rather than an
 * import, so that the bundler (esbuild wraps CommonJS modules in a function) runs it only here.
 */
export function fullYaml(): typeof Yaml {
  return (loaded ??= require('yaml') as typeof Yaml);
}
