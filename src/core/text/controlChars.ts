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

/** Control characters spelled `\xNN`; `keep` lists the ones left as they are (`\n`). */
export function escapeControls(text: string, keep = ''): string {
  if (!hasControl(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const ch = text[i] ?? '';
    out +=
      isControlCode(code) && !keep.includes(ch) ? `\\x${code.toString(16).padStart(2, '0')}` : ch;
  }
  return out;
}

/**
 * JSON text with DEL and C1 controls written as `\u00NN`: JSON.stringify escapes C0 only, and
 * U+009B acts as CSI in some terminals. Valid JSON in, the same JSON value out.
 */
export function escapeJsonControls(json: string): string {
  if (!hasControl(json)) return json;
  let out = '';
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    out += code >= 0x7f && code <= 0x9f ? `\\u00${code.toString(16)}` : (json[i] ?? '');
  }
  return out;
}
