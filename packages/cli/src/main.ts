#!/usr/bin/env node
// The `vigil` command: the composition root (it starts the services) and the client.
import { Command, CommanderError, Option } from 'commander';
import {
  DEFAULT_DATA_DIR,
  VIGIL_CONFIG_SCHEMA,
  VigilError,
  createLogger,
  loadConfig,
  setBackgroundErrorHandler,
} from '@vigil/common';
import type { VigilConfig } from '@vigil/common';
import { startPlatform } from './up.js';
import type { Platform } from './up.js';

/** Version of this build. */
export const VERSION = '0.1.0';

interface UpOptions {
  dataDir?: string;
  config?: string;
  natsPort?: string;
  logLevel?: string;
}

function fail(err: unknown): never {
  const message =
    err instanceof VigilError
      ? `vigil: ${err.message} [${err.code}]`
      : `vigil: ${(err as Error).stack ?? String(err)}`;
  process.stderr.write(`${message}\n`);
  process.exit(err instanceof VigilError && err.code === 'VGL_ERR_CLI_USAGE' ? 2 : 1);
}

async function up(options: UpOptions): Promise<void> {
  const flags: Array<{ path: string; value: unknown; flag: string }> = [];
  if (options.dataDir !== undefined)
    flags.push({ path: 'dataDir', value: options.dataDir, flag: '--data-dir' });
  if (options.natsPort !== undefined)
    flags.push({ path: 'nats.port', value: options.natsPort, flag: '--nats-port' });
  if (options.logLevel !== undefined)
    flags.push({ path: 'log.level', value: options.logLevel, flag: '--log-level' });
  const config = loadConfig<VigilConfig>(VIGIL_CONFIG_SCHEMA, {
    ...(options.config !== undefined ? { file: options.config } : {}),
    env: process.env,
    flags,
  });
  const logger = createLogger({ level: config.log.level, name: 'vigil' });
  setBackgroundErrorHandler((err, context) => logger.error({ err, context }, 'background failure'));

  let stopping: Promise<void> | undefined;
  // Set once started; the signal handler may run before that.
  const running: { platform?: Platform } = {};
  let signalled: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(130);
    }
    signalled = signal;
    logger.info({ signal }, 'stopping');
    // Before the platform is up, the start itself checks `signalled` once it returns.
    stopping = running.platform?.stop().then(() => {
      logger.info('stopped');
      process.exit(0);
    });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const platform = await startPlatform(config, logger);
  running.platform = platform;
  if (signalled) {
    // A signal came while starting: stop what started.
    await platform.stop();
    process.exit(0);
  }
  const width = Math.max(...Object.keys(platform.endpoints).map((k) => k.length));
  const lines = Object.entries(platform.endpoints).map(([k, v]) => `  ${k.padEnd(width)}  ${v}`);
  process.stdout.write(
    `vigil is up (data in ${config.dataDir}); Ctrl-C stops it\n${lines.join('\n')}\n`,
  );
  await stopping;
}

/** Builds the command-line program. */
export function program(): Command {
  const cmd = new Command('vigil')
    .description(
      'Vigil: Linux runtime security — kernel telemetry, detection, flight recorder, one API',
    )
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride();

  cmd
    .command('up')
    .description('start the platform on this host (nats-server and every service) until Ctrl-C')
    .option(
      '--data-dir <dir>',
      `where state lives (default: ${DEFAULT_DATA_DIR}, or VIGIL_DATA_DIR)`,
    )
    .option('--config <file>', 'YAML configuration file')
    .option('--nats-port <port>', 'port of the supervised nats-server (0: any free port)')
    .addOption(
      new Option('--log-level <level>', 'log level').choices([
        'trace',
        'debug',
        'info',
        'warn',
        'error',
        'fatal',
        'silent',
      ]),
    )
    .action(async (opts: UpOptions) => up(opts));

  return cmd;
}

async function main(): Promise<void> {
  try {
    await program().parseAsync(process.argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exit(err.exitCode);
    }
    fail(err);
  }
}

await main();
