import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Language } from '../../shared/api/app';
import { AppFailure } from '../../shared/errors';
import { translate } from '../../shared/i18n/catalog';
import { writeFileAtomic } from '../services/atomicWrite';
import { withCompetition } from './cliBackend';
import { judgeOf, seatedJudges, seatsText, trackOf } from './references';

export interface JudgeFileOptions {
  judge?: string | undefined;
  seat?: string | undefined;
  track?: string | undefined;
  out?: string | undefined;
  all: boolean;
  json: boolean;
}

/**
 * `judge-file <store> --judge 陈静|3号|12 [--track T] --out <file or folder>`, or
 * `judge-file <store> --all [--track T] --out <folder>`: one judge file per judge of the panels
 * (of one track, or of all), each under the name the app gives it.
 */
export function runJudgeFiles(store: string, options: JudgeFileOptions, language: Language) {
  if (!options.out) {
    throw AppFailure.of(options.all ? 'batch.needOutFolder' : 'judgeFile.needJudgeAndOut');
  }
  const target = resolve(options.out);
  return withCompetition(store, async (call) => {
    const current = await call('competitions.current', {});
    const tracks = current?.competition.tracks ?? [];
    const track = options.track === undefined ? undefined : await trackOf(call, options.track);
    const everyone = await seatedJudges(call);
    const judges = options.all
      ? everyone.filter((j) => (track ? j.tracks.includes(track.code) : j.tracks.length > 0))
      : [await judgeOf(call, options, track?.code)];
    if (judges.length === 0) throw AppFailure.of('batch.judgeFilesNone');
    const folder = options.all || (existsSync(target) && statSync(target).isDirectory());
    if (options.all) mkdirSync(target, { recursive: true });
    const written = [];
    for (const judge of judges) {
      const { fileName, content } = await call('judgeFiles.export', { judgeId: judge.id });
      const path = folder ? join(target, fileName) : target;
      writeFileAtomic(path, content);
      written.push({ judge: judge.name, judgeId: judge.id, seats: judge.seats, path });
    }
    if (options.json) {
      console.log(JSON.stringify({ files: written }, null, 2));
    } else if (!options.all) {
      console.log(translate(language, 'judgeFile.written', { path: written[0]!.path }));
    } else {
      console.log(
        translate(language, 'batch.judgeFilesWritten', { count: written.length, folder: target }),
      );
      for (const [i, file] of written.entries()) {
        console.log(
          translate(language, 'batch.judgeFileLine', {
            judge: file.judge,
            seats: seatsText(judges[i]!, tracks, language),
            file: file.path.slice(target.length + 1),
          }),
        );
      }
    }
    return 0;
  });
}
