/** Text with its first case-insensitive occurrence of `query` in a <mark>; text nodes only. */
export function Highlighted({ text, query }: { readonly text: string; readonly query: string }) {
  if (query === '') return text;
  const lower = text.toLowerCase();
  // Lower-casing can change a string's length (İ → i̇); then offsets would not line up.
  const at = lower.length === text.length ? lower.indexOf(query) : -1;
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <mark className="jt-hit">{text.slice(at, at + query.length)}</mark>
      {text.slice(at + query.length)}
    </>
  );
}
