// Types of the parts of splunk-logging (Splunk's own HEC client, CommonJS, untyped) the tests use.
declare module 'splunk-logging' {
  interface SplunkLoggerConfig {
    token: string;
    url: string;
    maxBatchCount?: number;
  }
  type SendCallback = (
    err: (Error & { code?: number }) | null,
    resp: unknown,
    body: { text?: string; code?: number } | undefined,
  ) => void;
  interface SplunkLogger {
    error: (err: Error, context: unknown) => void;
    send(
      payload: { message: unknown; severity?: string; metadata?: Record<string, string> },
      callback?: SendCallback,
    ): void;
    flush(callback?: SendCallback): void;
  }
  const splunkLogging: { Logger: new (config: SplunkLoggerConfig) => SplunkLogger };
  export default splunkLogging;
}
