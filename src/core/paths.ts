const here = import.meta.url;

/** The package's root: above dist/ when bundled (chunks sit in dist/chunks/), two levels above src/core/ under tests. */
export const packageRoot = here.includes('/dist/') ? new URL(here.slice(0, here.lastIndexOf('/dist/') + 1)) : new URL('../../', here);
