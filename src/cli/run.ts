import { parseArgs, USAGE, type Command, type DecodeArgs } from './args';
import { runCheck } from './checkCommand';
import { decodeHar } from './decodeCommand';
import { jsonChunks } from './decodeJson';
import { invalidLines, toTable } from './decodeTable';
import { escapeControls, escapeJsonControls } from '../core/text/controlChars';
import { runDiff } from './diffCommand';
import { harFileEntries, HarFileError, type OpenedFile } from './harFile';
import { runPack } from './packCommand';
import { packsForRun } from './packFiles';
import { runReport } from './reportCommand';

/** What the CLI touches outside itself, injected so tests need no process or file system. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** stderr without the escaping of control characters, for our own progress line only. */
  readonly rawStderr?: (text: string) => void;
  /** The whole file as UTF-8 text; throws a Node file-system error when it cannot. */
  readonly readFile: (path: string) => string;
  /** The file in chunks, so that a HAR of any size streams; `readFile` serves when absent. */
  readonly openFile?: (path: string) => OpenedFile;
  /** Progress bars are drawn only on a terminal. */
  readonly stderrIsTTY?: boolean;
  /** Milliseconds, for progress rates; Date.now when absent. */
  readonly now?: () => number;
}

/** The terminal behind run()'s guard, which escapes every control character it is handed. */
interface GuardedIo extends CliIo {
  /**
   * JSON.stringify's text to stdout, its controls escaped as JSON's `\u00NN` in one pass: the
   * guard's `\xNN` is no JSON escape, and a second pass over `decode --json` cost ~3 % of it.
   */
  readonly stdoutJson: (json: string) => void;
}

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_USAGE = 2;

const PROGRAM = 'api-error-decoder';

/** A one-line reason for a file that could not be read, without Node's stack or syscall. */
export function fileErrorReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ERR_STRING_TOO_LONG':
      return 'file too large to read as text';
    default:
      return error instanceof Error ? (error.message.split('\n')[0] ?? 'unreadable') : 'unreadable';
  }
}

/** One line on stderr and exit 2 for a HAR that cannot be read; anything else is rethrown. */
export function harFileFailure(error: unknown, io: CliIo): number {
  if (!(error instanceof HarFileError)) throw error;
  io.stderr(`${PROGRAM}: ${error.message}\n`);
  return EXIT_USAGE;
}

function decodeFile(args: DecodeArgs, io: GuardedIo): number {
  const run = packsForRun(io, args.packs, args.pins);
  if ('exit' in run) return run.exit;
  try {
    const report = decodeHar(harFileEntries(io, args.file), { ...args, packs: run.packs });
    // Written in ~1 MB pieces: 100k console.log calls would dominate the run time.
    if (args.json) for (const chunk of jsonChunks(report)) io.stdoutJson(chunk);
    else io.stdout(toTable(report, args.hosts.length > 0));
    const invalid = invalidLines(args.file, report);
    if (invalid !== '') io.stderr(invalid);
    return EXIT_OK;
  } catch (error) {
    return harFileFailure(error, io);
  }
}

function runCommand(
  command: Exclude<Command, { kind: 'help' | 'usage-error' }>,
  io: GuardedIo,
): number {
  switch (command.kind) {
    case 'decode':
      return decodeFile(command.args, io);
    case 'report':
      return runReport(command.args, io);
    case 'check':
      return runCheck(command.args, io);
    case 'diff':
      return runDiff(command.args, io);
    case 'pack':
      return runPack(command.args, io);
  }
}

/** Runs one command line (argv without node and the script) and returns the exit code. */
export function run(argv: readonly string[], terminal: CliIo): number {
  // Every line we print may hold a HAR's text: no control character reaches the terminal raw
  // (ESC could set the window title or write the clipboard through OSC 52).
  const io: GuardedIo = {
    ...terminal,
    stdout: (text) => terminal.stdout(escapeControls(text, '\n')),
    stderr: (text) => terminal.stderr(escapeControls(text, '\n')),
    rawStderr: terminal.stderr,
    stdoutJson: (json) => terminal.stdout(escapeJsonControls(json)),
  };
  const command = parseArgs(argv);
  switch (command.kind) {
    case 'help':
      io.stdout(`${USAGE}\n`);
      return EXIT_OK;
    case 'usage-error':
      io.stderr(`${PROGRAM}: ${command.message}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    default:
      try {
        return runCommand(command, io);
      } catch (error) {
        // A bug of ours: still one line, not a stack trace in the user's terminal.
        const message = error instanceof Error ? error.message : String(error);
        io.stderr(`${PROGRAM}: internal error: ${message}\n`);
        return EXIT_INTERNAL;
      }
  }
}
