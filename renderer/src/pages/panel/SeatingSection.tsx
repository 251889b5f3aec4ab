import type { Language } from '../../../../shared/api/app';
import type { CallOutput } from '../../../../shared/api/contract';
import type { PanelView } from '../../../../shared/api/seating';
import { seatedName } from '../../../../shared/panel/seats';
import { useI18n } from '../../i18n/I18nProvider';

type FileStatus = CallOutput<'judgeFiles.status'>[number];

/** 孙裁判（中国科协） / 孙裁判 (中国科协): brackets of the reader's language. */
export function withOrganization(
  person: { name: string; organization: string },
  language: Language,
): string {
  if (!person.organization) return person.name;
  return language === 'zh-CN'
    ? `${person.name}（${person.organization}）`
    : `${person.name} (${person.organization})`;
}

/**
 * Who scores the track, by seat, with each judge's own actions (judge file, paper sheet) on their
 * row, and who heads and supervises it.
 */
export function SeatingSection(props: {
  panel: PanelView;
  files: FileStatus[];
  onEditSeats: () => void;
  onEditOfficials: () => void;
  onJudgeFile: (judgeId: number) => void;
  onPaperSheet: (judgeId: number) => void;
}) {
  const { t, language, list } = useI18n();
  const { panel } = props;
  const fileOf = (judgeId: number) => props.files.find((f) => f.judgeId === judgeId);
  const head = panel.headJudge;
  return (
    <section className="card seating" aria-labelledby="seating-title">
      <div className="section-header">
        <h2 id="seating-title">{t('seating.title')}</h2>
        <div className="actions no-print">
          <button
            type="button"
            onClick={props.onEditSeats}
            disabled={panel.locked || panel.members.length === 0}
            title={panel.locked ? t('seating.locked') : undefined}
          >
            {t('seating.editSeats')}
          </button>
          <button type="button" onClick={props.onEditOfficials}>
            {t('seating.editOfficials')}
          </button>
        </div>
      </div>
      <dl className="officials">
        <dt>{t('seating.headJudge')}</dt>
        <dd data-testid="head-judge">
          {head
            ? [
                withOrganization(head, language),
                head.scores
                  ? head.seat === null
                    ? t('seating.headScoresNoSeat')
                    : t('seating.headScores', { seat: t('seat.label', { seat: head.seat }) })
                  : t('seating.headDoesNotScore'),
              ].join(language === 'zh-CN' ? '，' : ', ')
            : t('seating.none')}
        </dd>
        <dt>{t('seating.supervisors')}</dt>
        <dd data-testid="supervisors">
          {panel.supervisors.length > 0
            ? list(panel.supervisors.map((s) => s.name))
            : t('seating.none')}
        </dd>
      </dl>
      {panel.members.length > 0 && (
        <table className="grid list compact seating-table">
          <thead>
            <tr>
              <th className="num">{t('seating.seat')}</th>
              <th>{t('judges.name')}</th>
              <th>{t('judges.organization')}</th>
              <th>{t('judges.phone')}</th>
              <th>{t('seating.judgeFileStatus')}</th>
              <th className="no-print">{t('seating.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {panel.members.map((m) => {
              const file = fileOf(m.judgeId);
              const state = file?.status ?? 'never';
              return (
                <tr key={m.judgeId} data-judge={m.name}>
                  <td className="num seat-cell">
                    {m.seat === null ? '—' : t('seat.label', { seat: m.seat })}
                  </td>
                  <td>
                    {m.name}
                    {head?.judgeId === m.judgeId && (
                      <span className="chip">{t('seating.headJudge')}</span>
                    )}
                  </td>
                  <td className="ellipsis" title={m.organization}>
                    {m.organization}
                  </td>
                  <td className="nowrap">{m.phone}</td>
                  <td className={`file-${state}`} data-file-status={state}>
                    {t(
                      state === 'current'
                        ? 'seating.fileCurrent'
                        : state === 'stale'
                          ? 'seating.fileStale'
                          : 'seating.fileNever',
                    )}
                  </td>
                  <td className="no-print nowrap">
                    <button
                      type="button"
                      className="quiet small"
                      aria-label={`${t('panels.judgeFile')} ${seatedName(m, language)}`}
                      onClick={() => props.onJudgeFile(m.judgeId)}
                    >
                      {t('seating.judgeFile')}
                    </button>
                    <button
                      type="button"
                      className="quiet small"
                      aria-label={`${t('paperSheet.export')} ${seatedName(m, language)}`}
                      onClick={() => props.onPaperSheet(m.judgeId)}
                    >
                      {t('seating.paperSheet')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
