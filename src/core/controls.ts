// Text from a charter or a file name may hold terminal escape sequences (ESC ] 0; … BEL sets
// a terminal's title; ESC [ 2 J clears it). Nothing charter prints may carry them raw.

/** C0 controls (tab and line feed included), DEL and the C1 controls. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

const hex = (c: string) => c.charCodeAt(0).toString(16).padStart(2, '0');

/** The same, but tab and line feed, for formats that carry them safely (escaped or as XML text). */
const CONTROL_BUT_TAB_AND_LF = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Makes control characters visible as `\xHH`, for text printed to a terminal or a CI log;
 * `keepTabAndLineFeed` where the format itself carries those (GitHub's %0A, JUnit's text).
 */
export function showControls(text: string, options: { keepTabAndLineFeed?: boolean } = {}): string {
  return text.replace(options.keepTabAndLineFeed ? CONTROL_BUT_TAB_AND_LF : CONTROL, (c) => `\\x${hex(c)}`);
}

/**
 * JSON text with DEL and the C1 controls written as `\u00HH` escapes: JSON.stringify escapes
 * C0 itself but leaves these raw. The data a JSON parser reads back is unchanged.
 */
export function escapeJsonControls(json: string): string {
  // Tested first: most text has none, and replace() copies the string regardless.
  return JSON_RAW_CONTROL.test(json) ? json.replace(JSON_RAW_CONTROLS, (c) => `\\u00${hex(c)}`) : json;
}

const JSON_RAW_CONTROL = /[\u007F-\u009F]/;
const JSON_RAW_CONTROLS = /[\u007F-\u009F]/g;
