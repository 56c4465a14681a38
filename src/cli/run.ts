import { HarError } from '../core/index';
import { escapeControls } from '../core/text/controlChars';
import { parseArgs, USAGE, type DecodeArgs } from './args';
import { decodeHar, invalidLines, toJson, toTable } from './decodeCommand';
import { runReport } from './reportCommand';

/** What the CLI touches outside itself, injected so tests need no process or file system. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The whole file as UTF-8 text; throws a Node file-system error when it cannot. */
  readonly readFile: (path: string) => string;
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

function decodeFile(args: DecodeArgs, io: CliIo): number {
  let text: string;
  try {
    text = io.readFile(args.file);
  } catch (error) {
    io.stderr(`${PROGRAM}: ${args.file}: ${fileErrorReason(error)}\n`);
    return EXIT_USAGE;
  }
  try {
    const report = decodeHar(text, args);
    // One write for the whole output: 100k console.log calls would dominate the run time.
    io.stdout(args.json ? toJson(report) : toTable(report, args.hosts.length > 0));
    const invalid = invalidLines(args.file, report);
    if (invalid !== '') io.stderr(invalid);
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof HarError)) throw error;
    io.stderr(`${PROGRAM}: ${args.file}: ${error.message}\n`);
    return EXIT_USAGE;
  }
}

/** Runs one command line (argv without node and the script) and returns the exit code. */
export function run(argv: readonly string[], terminal: CliIo): number {
  // Every line we print may hold a HAR's text: no control character reaches the terminal raw
  // (ESC could set the window title or write the clipboard through OSC 52).
  const io: CliIo = {
    ...terminal,
    stdout: (text) => terminal.stdout(escapeControls(text, '\n')),
    stderr: (text) => terminal.stderr(escapeControls(text, '\n')),
  };
  const command = parseArgs(argv);
  switch (command.kind) {
    case 'help':
      io.stdout(`${USAGE}\n`);
      return EXIT_OK;
    case 'usage-error':
      io.stderr(`${PROGRAM}: ${command.message}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    case 'decode':
    case 'report':
      try {
        return command.kind === 'report'
          ? runReport(command.args, io)
          : decodeFile(command.args, io);
      } catch (error) {
        // A bug of ours: still one line, not a stack trace in the user's terminal.
        const message = error instanceof Error ? error.message : String(error);
        io.stderr(`${PROGRAM}: internal error: ${message}\n`);
        return EXIT_INTERNAL;
      }
  }
}
