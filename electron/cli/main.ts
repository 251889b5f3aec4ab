import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { competitionInfoSchema } from '../../shared/domain/competition';
import { AppFailure } from '../../shared/errors';
import { competitionJson } from '../../shared/formats/competitionJson';
import { translate } from '../../shared/i18n/catalog';
import { findTemplate } from '../../shared/templates';
import { startHost } from '../host/server';
import { createBackend } from '../ipc/backend';
import { assertNoTwin } from '../services/competitionDirectory';
import { createCompetitionStore, loadCompetition } from '../services/competitionService';
import { fillDemo } from '../services/demoCompetition';
import { confSettings } from '../services/settings';
import { asActor } from '../store/auditActor';
import { openStore } from '../store/database';
import { readEntries } from '../store/entriesTable';
import { readJudges } from '../store/judgesTable';
import { withWriterLock } from '../store/writerLock';
import { runBackups, runRestore } from './backupCommands';
import { describeCompetition } from './describe';
import { runImport } from './importCommands';
import { runJudgeFiles } from './judgeFileCommands';
import { runMerge, runVerify } from './judgingCommands';
import { runKeys } from './keyCommands';
import { type HallFlags, openHallFromCli } from './lanCommands';
import { cliLanguage, guardTerminal, reportFailure } from './output';
import { runDrawCommand, runRecusals } from './panelCommands';
import { runSheetsExport, runSheetsImport } from './paperSheetCommands';
import { defaultConfigDir, defaultDataDir, rendererDir } from './paths';
import { runPointsImport } from './pointsCommands';
import { runAward, runLock } from './publicationCommands';
import { trackCodeIn } from './references';
import { runExport, runResults } from './resultsCommands';
import { runResultsFile } from './signedResultsCommands';
import { usage } from './usage';
import { version } from './version';

const options = {
  template: { type: 'string', default: 'counselor' },
  name: { type: 'string' },
  edition: { type: 'string', default: '' },
  venue: { type: 'string', default: '' },
  start: { type: 'string', default: '' },
  end: { type: 'string', default: '' },
  json: { type: 'boolean', default: false },
  port: { type: 'string' },
  lan: { type: 'boolean', default: false },
  address: { type: 'string' },
  http: { type: 'boolean', default: false },
  'every-interface': { type: 'boolean', default: false },
  'host-port': { type: 'string', default: '0' },
  codes: { type: 'boolean', default: false },
  'code-minutes': { type: 'string' },
  'data-dir': { type: 'string' },
  'config-dir': { type: 'string' },
  lang: { type: 'string' },
  seed: { type: 'string' },
  entries: { type: 'string', default: '12' },
  judges: { type: 'string', default: '7' },
  track: { type: 'string' },
  store: { type: 'string' },
  judge: { type: 'string' },
  seat: { type: 'string' },
  entry: { type: 'string' },
  award: { type: 'string' },
  by: { type: 'string' },
  acknowledge: { type: 'string' },
  all: { type: 'boolean', default: false },
  out: { type: 'string' },
  accept: { type: 'boolean', default: false },
  retire: { type: 'boolean', default: false },
  fingerprint: { type: 'string' },
  code: { type: 'string' },
  reason: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  'remove-missing': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Commands that read or write the store themselves, not through the dispatch. */
const directTrackCommands = new Set(['results', 'export', 'results-file', 'roster', 'sheets']);

export async function main(argv: string[]): Promise<number> {
  guardTerminal();
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true });
  const language = cliLanguage(values.lang);
  const [command, ...args] = positionals;
  if (values.help || command === undefined || command === 'help') {
    console.log(usage(language));
    return command === undefined && !values.help ? 1 : 0;
  }
  // Every change a command makes is audited as the command line's.
  return asActor('organizer (command line)', async () => {
    try {
      // A track by any of its names, for the commands that take its code straight to the store.
      const store = command === 'roster' ? args[1] : args[0];
      if (directTrackCommands.has(command) && store !== undefined && existsSync(resolve(store))) {
        values.track = trackCodeIn(store, values.track);
      }
      switch (command) {
        case 'new': {
          const file = requireArg(args[0], 'file', language);
          if (!findTemplate(values.template))
            throw AppFailure.of('cli.unknownTemplate', { template: values.template });
          const info = competitionInfoSchema.safeParse({
            name: values.name ?? '',
            edition: values.edition,
            venue: values.venue,
            startDate: values.start,
            endDate: values.end,
          });
          if (!info.success) throw AppFailure.of('cli.missingName');
          // The app's own rule: one file per event (name and edition) among the files this machine
          // knows, here the new file's folder and the app's lists; a rehearsal takes another name.
          const configDir = values['config-dir']
            ? resolve(values['config-dir'])
            : defaultConfigDir();
          assertNoTwin(dirname(resolve(file)), confSettings(configDir), info.data, resolve(file));
          createCompetitionStore(resolve(file), info.data, values.template).close();
          console.log(translate(language, 'cli.created', { path: resolve(file) }));
          return 0;
        }
        case 'show': {
          const db = openStore(resolve(requireArg(args[0], 'file', language)));
          try {
            const competition = loadCompetition(db);
            const json = competitionJson(competition, readEntries(db), readJudges(db));
            console.log(
              values.json ? JSON.stringify(json, null, 2) : describeCompetition(json, language),
            );
          } finally {
            db.close();
          }
          return 0;
        }
        case 'demo': {
          const file = resolve(requireArg(args[0], 'file', language));
          const db = createCompetitionStore(file, demoInfo(values.name), values.template);
          try {
            fillDemo(db, {
              seed: Number(values.seed ?? '1'),
              entriesPerTrack: Number(values.entries),
              judgesPerTrack: Number(values.judges),
            });
          } finally {
            db.close();
          }
          console.log(translate(language, 'cli.created', { path: file }));
          return 0;
        }
        case 'results':
          runResults(requireArg(args[0], 'file', language), values, language);
          return 0;
        case 'export':
          await runExport(
            requireArg(args[0], 'file', language),
            requireArg(args[1], 'out.xlsx', language),
            values,
            language,
          );
          return 0;
        case 'verify':
          return await runVerify(requireArg(args[0], 'file', language), values.store, language, {
            fingerprint: values.fingerprint,
            code: values.code,
          });
        case 'results-file': {
          // A version locked before signed publication keeps its posted list on export: a write.
          const store = requireArg(args[0], 'store', language);
          return await writing(store, () => runResultsFile(store, values, language));
        }
        case 'merge': {
          const store = requireArg(args[0], 'store', language);
          const files = [requireArg(args[1], 'score files', language), ...args.slice(2)];
          return await writing(store, () => runMerge(store, files, language));
        }
        case 'roster':
        case 'judges': {
          if (args[0] !== 'import') {
            console.error(
              translate(language, 'cli.unknownCommand', { command: `${command} ${args[0] ?? ''}` }),
            );
            return 1;
          }
          const store = requireArg(args[1], 'store', language);
          const file = requireArg(args[2], 'file', language);
          const work = () =>
            runImport(
              command === 'roster' ? 'roster' : 'judges',
              store,
              file,
              values.track,
              language,
              values['dry-run'],
              values['remove-missing'],
            );
          // A dry run only reads: it may preview while the app has the store open.
          return values['dry-run'] ? await work() : await writing(store, work);
        }
        case 'judge-file': {
          // Issuing a judge file records it in the store (the store's writer lock is held).
          const store = requireArg(args[0], 'store', language);
          return await runJudgeFiles(store, values, language);
        }
        case 'draw':
          return await runDrawCommand(requireArg(args[0], 'store', language), values, language);
        case 'recusals':
          return await runRecusals(
            args[0],
            requireArg(args[1], 'store', language),
            values,
            language,
          );
        case 'quiz':
        case 'deductions':
          return await runPointsImport(command, args[0], args[1], args[2], values, language);
        case 'lock':
          return await runLock(requireArg(args[0], 'store', language), values, language);
        case 'award':
          return await runAward(args[0], requireArg(args[1], 'store', language), values, language);
        case 'keys': {
          // Accepting or retiring a key writes the store: one writer at a time.
          const store = requireArg(args[0], 'store', language);
          return values.accept || values.retire
            ? await writing(store, () => runKeys(store, values, language))
            : runKeys(store, values, language);
        }
        case 'sheets':
          // `sheets <store> --out <dir>`, or `sheets import <store> <xlsx or folder…>`.
          if (args[0] === 'import') {
            const store = requireArg(args[1], 'store', language);
            const sheets = [requireArg(args[2], 'xlsx', language), ...args.slice(3)];
            return await writing(store, () => runSheetsImport(store, sheets, language));
          }
          {
            // Printing sheets records their markers in the store.
            const store = requireArg(args[0], 'store', language);
            return await writing(store, () => runSheetsExport(store, values.out, language));
          }
        case 'backups':
          return runBackups(args[0], language);
        case 'restore':
          return args[0] === undefined
            ? runRestore(args[0], args[1], language)
            : await writing(args[0], () => runRestore(args[0], args[1], language));
        case 'serve':
          return await serve(values, language);
        default:
          console.error(translate(language, 'cli.unknownCommand', { command }));
          console.error(usage(language));
          return 1;
      }
    } catch (error) {
      return reportFailure(error, language);
    }
  });
}

async function serve(values: ServeFlags, language: 'zh-CN' | 'en'): Promise<number> {
  const dataDir = values['data-dir'] ? resolve(values['data-dir']) : defaultDataDir();
  const configDir = values['config-dir'] ? resolve(values['config-dir']) : defaultConfigDir();
  const backend = createBackend({
    dataDir,
    settings: confSettings(configDir),
    shell: 'browser',
    version,
    hallStaticDir: rendererDir,
  });
  // With --lan, --port is the hall's; the head table's own page is on loopback, --host-port.
  const hostPort = values.lan ? values['host-port'] : (values.port ?? '0');
  const host = await startHost({
    dispatch: backend.dispatch,
    staticDir: rendererDir,
    port: Number(hostPort),
    liveFeed: backend.liveFeed,
    display: backend.display,
  });
  const stop = async () => {
    await backend.hall.close();
    await host.close();
    backend.session.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    if (values.lan && !values.store) throw AppFailure.of('lan.cli.needsStore');
    if (values.store) {
      const opened = await backend.dispatch('competitions.open', { path: resolve(values.store) });
      if (!opened.ok) throw new AppFailure(opened.errors);
    }
    if (values.lan) await openHallFromCli(backend, values, language);
  } catch (error) {
    await host.close();
    backend.session.close();
    throw error;
  }
  console.log(translate(language, 'cli.serving', { url: host.url }));
  console.log(`SCOREDESK_URL=${host.url}`);
  if (values.lan) console.log(translate(language, 'lan.cli.stopHint'));
  return new Promise<number>(() => {});
}

interface ServeFlags extends HallFlags {
  port?: string | undefined;
  lan: boolean;
  store?: string | undefined;
  'host-port': string;
  'data-dir'?: string | undefined;
  'config-dir'?: string | undefined;
}

function requireArg(value: string | undefined, name: string, language: 'zh-CN' | 'en'): string {
  if (value === undefined)
    throw AppFailure.of('cli.missingArgument', { name, usage: usage(language) });
  return value;
}

function demoInfo(name: string | undefined) {
  return { name: name ?? '演示赛事 Demo', edition: '', venue: '', startDate: '', endDate: '' };
}

/**
 * A command that changes the store runs holding its writer lock, and is refused (`store.inUse`)
 * while the app or `scoredesk serve` has the store open: one writer at a time.
 */
function writing(store: string, work: () => number | Promise<number>): Promise<number> {
  return withWriterLock(resolve(store), work);
}
