/** The package's root directory, from the bundled dist/ or from src/ under tests. */
export const packageRoot = new URL('../', import.meta.url.includes('/dist/') ? import.meta.url.replace(/\/dist\/.*$/, '/dist/') : new URL('../', import.meta.url).href);
