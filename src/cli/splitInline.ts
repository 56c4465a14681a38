/** Splits `--name=value` so both spellings take the same path; shared by every command. */
export function splitInline(arg: string): { name: string; inline: string | undefined } {
  const eq = arg.indexOf('=');
  return eq < 0
    ? { name: arg, inline: undefined }
    : { name: arg.slice(0, eq), inline: arg.slice(eq + 1) };
}
