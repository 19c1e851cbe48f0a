#!/usr/bin/env node
// The `vigil` command: the composition root (it starts the services) and the client.
import { Command, CommanderError, Option } from 'commander';
import {
  DEFAULT_DATA_DIR,
  LOG_LEVELS,
  VIGIL_CONFIG_SCHEMA,
  VigilError,
  loadConfig,
} from '@vigil/common';
import type { VigilConfig } from '@vigil/common';
import { runDetector } from './detector-command.js';
import { processLogger } from './lifecycle.js';
import { ApiRefusal, type ClientOptions, type OutputFormat, outputFormat } from './api-client.js';
import {
  type AlertsOptions,
  type TailOptions,
  runAlerts,
  runHunt,
  runRulesList,
  runRulesPut,
  runSensors,
  runTail,
  runTree,
} from './client-commands.js';
import { type QueryCommandOptions, runQuery } from './query-command.js';
import { runRecorder } from './recorder-command.js';
import { runConnector, runConnectors } from './connector-command.js';
import { runApi } from './api-service.js';
import { type IdentitiesOptions, writeIdentities } from './identities-command.js';
import { type StreamsOptions, runStreams } from './streams-command.js';
import { printFields, testRules, validateRules } from './rules-command.js';
import { runSensor } from './sensor-command.js';
import { platformServices, startPlatform } from './up.js';
import type { Platform } from './up.js';

/** Version of this build. */
export const VERSION = '0.1.0';

interface CommonOptions {
  dataDir?: string;
  config?: string;
  logLevel?: string;
}

interface UpOptions extends CommonOptions {
  natsPort?: string;
}

interface SensorOptions extends CommonOptions {
  stdout?: boolean;
  replay?: string;
  replaySpeed?: 'recorded' | 'full';
  exitWithParent?: boolean;
  natsUrl?: string;
  collectors?: string;
  host?: string;
}

type Flag = { path: string; value: unknown; flag: string };

/** Loads the configuration from --config, the environment and the flags given. */
function configFrom(options: CommonOptions, flags: Flag[]): Readonly<VigilConfig> {
  if (options.dataDir !== undefined)
    flags.push({ path: 'dataDir', value: options.dataDir, flag: '--data-dir' });
  if (options.logLevel !== undefined)
    flags.push({ path: 'log.level', value: options.logLevel, flag: '--log-level' });
  return loadConfig<VigilConfig>(VIGIL_CONFIG_SCHEMA, {
    ...(options.config !== undefined ? { file: options.config } : {}),
    env: process.env,
    flags,
  });
}

function fail(err: unknown): never {
  if (err instanceof ApiRefusal) {
    process.stderr.write(`vigil: ${err.message}\n`);
    process.exit(1);
  }
  const message =
    err instanceof VigilError
      ? `vigil: ${err.message} [${err.code}]`
      : `vigil: ${(err as Error).stack ?? String(err)}`;
  process.stderr.write(`${message}\n`);
  process.exit(err instanceof VigilError && err.code === 'VGL_ERR_CLI_USAGE' ? 2 : 1);
}

async function up(options: UpOptions): Promise<void> {
  const flags: Flag[] = [];
  if (options.natsPort !== undefined)
    flags.push({ path: 'nats.port', value: options.natsPort, flag: '--nats-port' });
  const config = configFrom(options, flags);
  const logger = processLogger(config, 'vigil');

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

  const platform = await startPlatform(
    config,
    logger,
    platformServices(config, options.config, logger),
  );
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

/** --log-level, shared by the commands that run services. */
function logLevelOption(): Option {
  return new Option('--log-level <level>', 'log level').choices([...LOG_LEVELS]);
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
    .addOption(logLevelOption())
    .action(async (opts: UpOptions) => up(opts));

  cmd
    .command('sensor')
    .description(
      "run this host's sensor: kernel telemetry to the backplane, or to stdout as JSON lines",
    )
    .option('--stdout', 'print events as JSON lines instead of publishing them')
    .option('--nats-url <url>', 'backplane to publish to (default: the local vigil up)')
    .option(
      '--collectors <names>',
      'comma-separated collectors (default: every one this host allows)',
    )
    .option('--host <name>', "host name in events (default: the machine's)")
    .option('--replay <file>', 'replay a JSONL event file (the replay collector)')
    .addOption(
      new Option('--replay-speed <speed>', 'as recorded, or as fast as possible')
        .choices(['recorded', 'full'])
        .default('full'),
    )
    .addOption(
      new Option(
        '--exit-with-parent',
        'stop when the parent process exits (set by vigil up)',
      ).hideHelp(),
    )
    .option(
      '--data-dir <dir>',
      `data directory of the local vigil up (default: ${DEFAULT_DATA_DIR})`,
    )
    .option('--config <file>', 'YAML configuration file')
    .addOption(logLevelOption())
    .action(async (opts: SensorOptions) => {
      const flags: Flag[] = [];
      if (opts.collectors !== undefined) {
        flags.push({
          path: 'sensor.collectors',
          value: opts.collectors
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean),
          flag: '--collectors',
        });
      }
      if (opts.host !== undefined)
        flags.push({ path: 'sensor.host', value: opts.host, flag: '--host' });
      const config = configFrom(opts, flags);
      await runSensor(config, {
        ...(opts.stdout ? { stdout: true } : {}),
        ...(opts.natsUrl ? { natsUrl: opts.natsUrl } : {}),
        ...(opts.exitWithParent ? { exitWithParent: true } : {}),
        ...(opts.replay
          ? { replay: { file: opts.replay, speed: opts.replaySpeed ?? 'full' } }
          : {}),
      });
    });

  // The services `vigil up` runs as child processes, with the same options each.
  const services: Array<[string, string, string, typeof runDetector]> = [
    [
      'detector',
      "run the detection engine: rules over every host's telemetry, alerts to the backplane",
      `data directory of the local vigil up (default: ${DEFAULT_DATA_DIR})`,
      runDetector,
    ],
    [
      'recorder',
      "run the flight recorder: this host's telemetry into local history, served to queries",
      `data directory (history goes to <dir>/recorder; default: ${DEFAULT_DATA_DIR})`,
      runRecorder,
    ],
    [
      'api',
      'serve the API (REST and gRPC) on its own, for a backend host (vigil up serves it itself)',
      `data directory (tokens and the API's files; default: ${DEFAULT_DATA_DIR})`,
      runApi,
    ],
  ];
  // The options every service command shares, and what they tell the service.
  type ServiceFlags = CommonOptions & { natsUrl?: string; exitWithParent?: boolean };
  const serviceCommand = (name: string, description: string, dataDirHelp: string) =>
    cmd
      .command(name)
      .description(description)
      .option('--nats-url <url>', 'backplane to read from (default: the local vigil up)')
      .option('--data-dir <dir>', dataDirHelp)
      .option('--config <file>', 'YAML configuration file')
      .addOption(logLevelOption())
      .addOption(
        new Option(
          '--exit-with-parent',
          'stop when the parent process exits (set by vigil up)',
        ).hideHelp(),
      );
  const serviceOptions = (opts: ServiceFlags) => ({
    ...(opts.natsUrl ? { natsUrl: opts.natsUrl } : {}),
    ...(opts.exitWithParent ? { exitWithParent: true } : {}),
  });
  for (const [name, description, dataDirHelp, run] of services) {
    serviceCommand(name, description, dataDirHelp).action(async (opts: ServiceFlags) => {
      await run(configFrom(opts, []), serviceOptions(opts));
    });
  }
  serviceCommand(
    'connector',
    'run one connector of the configuration (connectors.<name>): alerts, and telemetry if chosen, to Splunk HEC, syslog or a webhook',
    `data directory (its files go to <dir>/connectors/<name>; default: ${DEFAULT_DATA_DIR})`,
  )
    .argument('<name>', 'its name under connectors: in the configuration file')
    .action(async (name: string, opts: ServiceFlags) => {
      await runConnector(configFrom(opts, []), name, serviceOptions(opts));
    });

  cmd
    .command('streams')
    .description(
      "create or update the backplane's streams (a fleet: telemetry on each leaf, alerts on the hub)",
    )
    .option('--nats-url <url>', 'the server (default: the local vigil up)')
    .option('--only <stream>', 'telemetry or alerts (default: both)')
    .option('--replicas <n>', 'replicas of a new stream (3 in a hub cluster)', '1')
    .option('--data-dir <dir>', `data directory (default: ${DEFAULT_DATA_DIR})`)
    .option('--config <file>', 'YAML configuration file (the streams: limits)')
    .action(async (opts: CommonOptions & StreamsOptions) => {
      await runStreams(configFrom(opts, []), opts, (text) => process.stdout.write(text));
    });

  cmd
    .command('identities')
    .description(
      "make a fleet server's NATS identities: authorization.conf for the server, a seed file per service",
    )
    .requiredOption('--out <dir>', 'where to write them (seed files 0600)')
    .requiredOption(
      '--roles <roles>',
      'comma-separated: platform, sensor, recorder, detector, api, connector',
    )
    .option('--host <host>', 'the host a sensor or recorder speaks for')
    .action((opts: IdentitiesOptions) => {
      for (const f of writeIdentities(opts)) process.stdout.write(`${f}\n`);
    });

  cmd
    .command('connectors')
    .description("the local connectors' status: state, deliveries, retries, refusals, lag")
    .addOption(
      new Option('-o, --output <format>', 'json lines, or a table').choices(['json', 'table']),
    )
    .option('--data-dir <dir>', 'data directory of the local vigil up', DEFAULT_DATA_DIR)
    .action((opts: { output?: OutputFormat; dataDir: string }) => {
      process.exitCode = runConnectors(opts.dataDir, outputFormat(opts.output) === 'json', (text) =>
        process.stdout.write(text),
      );
    });

  const write = (text: string) => process.stdout.write(text);
  const writeErr = (text: string) => process.stderr.write(text);
  const SINCE_HELP = 'start: a duration back from now (30m, 2h, 7d) or an RFC 3339 time';
  const UNTIL_HELP = 'end: a duration back from now or an RFC 3339 time';
  // The client verbs: each with the output and data-directory options of `vigil query`.
  const client = (name: string, description: string) =>
    cmd
      .command(name)
      .description(description)
      .addOption(
        new Option(
          '-o, --output <format>',
          'json lines, or a table (the default on a terminal)',
        ).choices(['json', 'table']),
      )
      .option(
        '--data-dir <dir>',
        `data directory of the local vigil up (default: ${DEFAULT_DATA_DIR})`,
        DEFAULT_DATA_DIR,
      );
  client('query', 'search recorded history through the API (the local vigil up by default)')
    .option('--filter <expr>', 'a condition in the rule language, e.g. "proc.name = curl"')
    .option('--since <when>', SINCE_HELP)
    .option('--until <when>', UNTIL_HELP)
    .option('--host <name...>', 'only these hosts')
    .option('--limit <n>', 'at most this many events')
    .action(async (opts: QueryCommandOptions) => {
      process.exitCode = await runQuery(opts, write, writeErr);
    });
  client('tail', 'live events as they happen (Ctrl-C stops)')
    .option('--filter <expr>', 'a condition in the rule language, e.g. "proc.name = curl"')
    .option('--host <name...>', 'only these hosts')
    .option('--kind <kind...>', 'only these event kinds (process_exec, file_open...)')
    .option('--limit <n>', 'stop after this many events')
    .option('--rate <n>', 'at most this many events a second (the rest are counted)')
    .action(async (opts: TailOptions) => {
      process.exitCode = await runTail(opts, write, writeErr);
    });
  client('alerts', 'recorded alerts, oldest first; --follow for new ones as they are raised')
    .option('--since <when>', SINCE_HELP)
    .option('--until <when>', UNTIL_HELP)
    .option('--priority <name>', 'only this priority or more severe (warning, error...)')
    .option('--rule <name...>', 'only these rules')
    .option('--limit <n>', 'at most this many recorded alerts (100 by default)')
    .option('-f, --follow', 'then print new alerts as they are raised (Ctrl-C stops)')
    .action(async (opts: AlertsOptions) => {
      process.exitCode = await runAlerts(opts, write, writeErr);
    });
  client('tree', 'the process tree around a process: ancestors, descendants, what each did')
    .argument('<process_uid>', 'the process, as events name it (host:pid:start)')
    .option('--depth <n>', 'generations of descendants')
    .action(async (uid: string, opts: ClientOptions & { depth?: string }) => {
      process.exitCode = await runTree(uid, opts, write);
    });
  client('hunt', 'run a rules file over recorded history: what would it have caught?')
    .argument('<rules.yaml>', 'a rules file in the Falco rule language')
    .option('--since <when>', SINCE_HELP)
    .option('--until <when>', UNTIL_HELP)
    .option('--host <name...>', 'only these hosts')
    .action(
      async (
        file: string,
        opts: ClientOptions & { since?: string; until?: string; host?: string[] },
      ) => {
        process.exitCode = await runHunt(file, opts, write, writeErr);
      },
    );
  client('sensors', "the fleet's sensors: health, event rates, CPU, memory")
    .option('--host <name...>', 'only these hosts')
    .action(async (opts: ClientOptions & { host?: string[] }) => {
      process.exitCode = await runSensors(opts, write);
    });

  const rules = cmd.command('rules').description('check and try rules files (Falco rule language)');
  rules
    .command('list')
    .description('the rules in force, through the API')
    .addOption(
      new Option('-o, --output <format>', 'json lines, or a table').choices(['json', 'table']),
    )
    .option('--data-dir <dir>', 'data directory of the local vigil up', DEFAULT_DATA_DIR)
    .action(async (opts: ClientOptions) => {
      process.exitCode = await runRulesList(opts, write);
    });
  rules
    .command('put')
    .description('install a rules file through the API (admin token); the detectors reload')
    .argument('<file>', 'a rules file; its name is its name in the rules in force')
    .option('--data-dir <dir>', 'data directory of the local vigil up', DEFAULT_DATA_DIR)
    .action(async (file: string, opts: ClientOptions) => {
      process.exitCode = await runRulesPut(file, opts, write);
    });
  rules
    .command('validate')
    .description(
      "load rules files in order (Vigil's own when none is named) and report what compiles",
    )
    .argument('[files...]', 'rules files, loaded in order')
    .action((files: string[]) => {
      process.exitCode = validateRules(files, write, writeErr);
    });
  rules
    .command('test')
    .description('run rules over a JSONL event file and print the alerts they raise')
    .argument('[files...]', "rules files, loaded in order (default: Vigil's own)")
    .requiredOption('--events <file>', 'JSONL event file (canonical JSON of Event, one per line)')
    .addOption(
      new Option('--rule-matching <mode>', 'first rule only, or every rule, per event')
        .choices(['first', 'all'])
        .default('first'),
    )
    .addOption(
      new Option('-o, --output <format>', 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .option(
      '--dedup-window-ms <ms>',
      'alerts of one rule for one process within this window are folded',
      '0',
    )
    .action(
      async (
        files: string[],
        opts: {
          events: string;
          ruleMatching: 'first' | 'all';
          output: 'text' | 'json';
          dedupWindowMs: string;
        },
      ) => {
        const dedupWindowMs = Number(opts.dedupWindowMs);
        if (!Number.isFinite(dedupWindowMs) || dedupWindowMs < 0) {
          throw new VigilError(
            'VGL_ERR_CLI_USAGE',
            `--dedup-window-ms must be a number of milliseconds >= 0, got ${opts.dedupWindowMs}`,
          );
        }
        process.exitCode = await testRules(
          files,
          {
            events: opts.events,
            ruleMatching: opts.ruleMatching,
            output: opts.output,
            dedupWindowMs,
          },
          write,
          writeErr,
        );
      },
    );
  rules
    .command('fields')
    .description('print the fields rules can use, with their meaning on Vigil events')
    .addOption(
      new Option('-o, --output <format>', 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .action((opts: { output: 'text' | 'json' }) => printFields(opts.output, write));

  return cmd;
}

async function main(): Promise<void> {
  // Output piped into `head` and the like: a closed pipe ends the command quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
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
