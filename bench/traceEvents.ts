import { readFileSync } from 'node:fs';

/** A sampled CPU profile node, as a trace's ProfileChunk events carry them. */
export interface ProfileNode {
  readonly id: number;
  readonly parent?: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url?: string;
    readonly lineNumber?: number;
    readonly columnNumber?: number;
  };
}

/** One Chromium trace event: the members bench/trace*.ts read. */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly id?: string;
  readonly args?: {
    /** process_name metadata events. */
    readonly name?: string;
    readonly data?: {
      readonly url?: string;
      readonly functionName?: string;
      readonly startTime?: number;
      readonly cpuProfile?: {
        readonly nodes?: readonly ProfileNode[];
        readonly samples?: readonly number[];
      };
      readonly timeDeltas?: readonly number[];
    };
  };
}

/** The events of a trace file as `BENCH_TRACE` writes it: an object or a bare array. */
export function readTraceEvents(file: string): TraceEvent[] {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as
    { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(raw) ? raw : raw.traceEvents;
}
