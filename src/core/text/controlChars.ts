/**
 * C0 controls, DEL and C1 controls. Printed raw to a terminal they drive it: ESC starts escape
 * sequences (window title, OSC 52 clipboard writes), U+009B is a one-character CSI.
 */
export function isControlCode(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

export function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isControlCode(text.charCodeAt(i))) return true;
  return false;
}

const hexEscape = (ch: string): string => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;

const patterns = new Map<string, RegExp>();

/** The control characters not in `keep`, as one character class, built once per `keep`. */
function controlPattern(keep: string): RegExp {
  let pattern = patterns.get(keep);
  if (pattern === undefined) {
    let chars = '';
    for (let code = 0; code <= 0x9f; code++) {
      const ch = String.fromCharCode(code);
      if (isControlCode(code) && !keep.includes(ch))
        chars += `\\u${code.toString(16).padStart(4, '0')}`;
    }
    pattern = new RegExp(`[${chars}]`, 'g');
    patterns.set(keep, pattern);
  }
  return pattern;
}

/**
 * Control characters spelled `\xNN`; `keep` lists the ones left as they are (`\n`). One native
 * replace: appending char by char made `decode --json` on a 100k-entry HAR spend 60 % of its
 * time in garbage collection (a 40 MB output, 1.6 GB peak RSS).
 */
export function escapeControls(text: string, keep = ''): string {
  return text.replace(controlPattern(keep), hexEscape);
}

// Every control but the line feed: JSON.stringify leaves DEL and C1 raw (U+009B acts as CSI in
// some terminals), and a raw C0 in text handed over as JSON must not reach a terminal either.
const JSON_CONTROLS = controlPattern('\n');

const jsonEscape = (ch: string): string => `\\u00${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;

/**
 * JSON text with its controls written as `\u00NN`, the line feed kept: safe for a terminal in
 * one pass. JSON.stringify's text in, the same JSON value out (it has no raw C0 but `\n`).
 */
export function escapeJsonControls(json: string): string {
  return json.replace(JSON_CONTROLS, jsonEscape);
}

/**
 * JSON text for a JSON output: escaped here, or the CLI's terminal guard would spell a DEL or
 * C1 control `\xNN`, which is no JSON escape.
 */
export function jsonText(value: unknown, indent?: number): string {
  return escapeJsonControls(JSON.stringify(value, null, indent));
}
