/** One thing wrong with a pack: where (a JSON Pointer into it) and what. */
export interface PackProblem {
  readonly pointer: string;
  readonly message: string;
}

/** `/codes/E42/retry/advice: must be one of no, after-auth, …`; the whole pack is `(root)`. */
export function formatProblem(problem: PackProblem): string {
  return `${problem.pointer === '' ? '(root)' : problem.pointer}: ${problem.message}`;
}

/** A JSON Pointer token, escaped (RFC 6901 §3). */
export function pointerToken(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}
