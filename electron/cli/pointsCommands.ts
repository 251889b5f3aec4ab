import type { Language } from '../../shared/api/app';
import type { PointsPreview } from '../../shared/api/points';
import { formatPoints } from '../../shared/domain/points';
import type { Track } from '../../shared/domain/rubric';
import { AppFailure } from '../../shared/errors';
import { type MessageKey, translate } from '../../shared/i18n/catalog';
import { pointsProblemError } from '../../shared/points/pointsProblems';
import { withCompetition } from './cliBackend';
import { readImportFile } from './importCommands';
import { trackOf } from './references';

export interface PointsOptions {
  track?: string | undefined;
  reason?: string | undefined;
  'dry-run': boolean;
  json: boolean;
}

/**
 * `quiz import <store> <file> --track T [--dry-run] [--reason R] [--json]` and the same for
 * `deductions import`: the preview printed change by change, or every problem by row, number and
 * contestant with nothing written (exit 1).
 */
export function runPointsImport(
  kind: 'quiz' | 'deductions',
  action: string | undefined,
  store: string | undefined,
  file: string | undefined,
  options: PointsOptions,
  language: Language,
) {
  if (action !== 'import' || store === undefined || file === undefined) {
    throw AppFailure.of('points.cliUnknownKind', { command: kind });
  }
  const { name, bytes } = readImportFile(file);
  const base64 = Buffer.from(bytes).toString('base64');
  const calls =
    kind === 'quiz'
      ? (['quizPoints.preview', 'quizPoints.apply'] as const)
      : (['deductions.preview', 'deductions.apply'] as const);
  return withCompetition(store, async (call) => {
    const track = await trackOf(call, options.track);
    const input = {
      track: track.code,
      file: { name, base64 },
      ...(options.reason ? { reason: options.reason } : {}),
    };
    const preview = await call(calls[0], input);
    if (preview.problems.length > 0) {
      if (options.json) {
        console.log(
          JSON.stringify({ file: name, written: false, problems: preview.problems }, null, 2),
        );
      }
      console.error(
        translate(language, 'points.cliRefused', { file: name, count: preview.problems.length }),
      );
      for (const problem of preview.problems) {
        const error = pointsProblemError(problem as Parameters<typeof pointsProblemError>[0]);
        console.error(`  ${translate(language, error.code, error.params)}`);
      }
      return 1;
    }
    if (!options['dry-run']) await call(calls[1], input);
    if (options.json) {
      console.log(
        JSON.stringify(
          { file: name, track: track.code, written: !options['dry-run'], ...jsonOf(preview) },
          null,
          2,
        ),
      );
      return 0;
    }
    report(kind, preview, track, name, language);
    if (options['dry-run']) console.log(translate(language, 'points.cliDryRun'));
    return 0;
  });
}

function jsonOf(preview: PointsPreview) {
  return {
    changes: preview.changes.map((c) => ({
      row: c.row,
      no: c.no,
      name: c.name,
      ...(c.criterion ? { criterion: c.criterion } : {}),
      ...(c.reason === null ? {} : { reason: c.reason }),
      before: c.before === null ? null : formatPoints(c.before),
      after: formatPoints(c.after),
    })),
    unchanged: preview.unchanged,
    blank: preview.blank,
    notInFile: preview.notInFile,
  };
}

function report(
  kind: 'quiz' | 'deductions',
  preview: PointsPreview,
  track: Track,
  file: string,
  language: Language,
) {
  const summary: MessageKey =
    kind === 'quiz' ? 'points.cliQuizSummary' : 'points.cliDeductionSummary';
  console.log(
    translate(language, summary, {
      file,
      changed: preview.changes.length,
      unchanged: preview.unchanged,
      blank: preview.blank,
      missing: preview.notInFile.length,
    }),
  );
  const criteria = track.segments.flatMap((s) => s.criteria);
  for (const c of preview.changes) {
    if (kind === 'quiz') {
      const criterion = criteria.find((x) => x.code === c.criterion);
      console.log(
        translate(language, 'points.cliChange', {
          row: c.row,
          no: c.no,
          name: c.name,
          criterion: criterion
            ? language === 'zh-CN'
              ? criterion.name.zh
              : criterion.name.en
            : (c.criterion ?? ''),
          before: c.before === null ? '—' : formatPoints(c.before),
          after: formatPoints(c.after),
        }),
      );
    } else {
      console.log(
        translate(language, 'points.cliDeduction', {
          row: c.row,
          no: c.no,
          name: c.name,
          points: formatPoints(c.after),
          reason: c.reason ?? '',
        }),
      );
    }
  }
  if (preview.fromTotal) console.log(translate(language, 'points.cliFromTotal'));
}
