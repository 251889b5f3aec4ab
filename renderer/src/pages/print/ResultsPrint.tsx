import type { Track } from '../../../../shared/domain/rubric';
import type { PostedRow } from '../../../../shared/formats/resultsFile';
import { bySeat } from '../../../../shared/panel/seats';
import { postedMarks } from '../../../../shared/print/postedMarks';
import { awardsProvisional } from '../../../../shared/scoring';
import { judgeTotalPlaces } from '../../../../shared/scoring/markPlaces';
import { ErrorList } from '../../components/ErrorList';
import { useI18n } from '../../i18n/I18nProvider';
import { PostedTable } from '../results/PostedTable';
import './PrintPage.css';
import { PrintTitle, usePrintMargins } from './PrintTitle';
import { PublicationLine } from './PublicationLine';
import { SignatureGrid } from './SignatureGrid';
import { usePrintResults } from './usePrintResults';
import { Verification } from './Verification';

/**
 * The results for public posting (公示): each judge's total by seat with the dropped marks in
 * brackets, the panel score, quiz points, deductions, final and award; who locked the version and
 * when, its verification code; lines for the head judge, the supervisors and every judge to sign.
 */
export function ResultsPrint({ track }: { track: Track }) {
  const { t, pick } = useI18n();
  const { data, errors } = usePrintResults(track);
  usePrintMargins(pick(track.name), data?.versionText ?? null, true);
  if (!data) return <ErrorList errors={errors} />;
  const { view, signed, groups, panel } = data;
  const seated = bySeat(view.judges);
  const seats = seated.map((j) => (j.seat === null ? j.name : t('seat.label', { seat: j.seat })));
  const places = judgeTotalPlaces(track);
  const byNo = new Map(view.results.entries.map((entry) => [entry.no, entry]));
  const of = (row: PostedRow) => {
    const result = byNo.get(row.no);
    return postedMarks(
      result ?? { judges: [] },
      seated.map((j) => j.id),
      places,
    );
  };
  return (
    <>
      <ErrorList errors={errors} />
      <article className="printout posted-results">
        <PrintTitle heading={t('print.resultsHeading', { track: pick(track.name) })}>
          <PublicationLine data={data} />
        </PrintTitle>
        <p className="marks-legend">{t('print.judgeMarks')}</p>
        <PostedTable
          groups={groups}
          marks={{ seats, of }}
          provisional={!signed && awardsProvisional(view.blockers, view.lock)}
        />
        <SignatureGrid panel={panel} />
        {signed && <Verification posted={signed} />}
      </article>
    </>
  );
}
