import { Fragment } from 'react';
import { type CeremonyStep, presenterList } from '../../../../shared/ceremony/awardsScript';
import { useI18n } from '../../i18n/I18nProvider';
import { useStepNames } from './useStepNames';

/** Who comes on stage, in order, with organization: for the stage manager and the ushers. */
export function PresentersPrint({ steps }: { steps: CeremonyStep[] }) {
  const { t } = useI18n();
  const { headingOf } = useStepNames();
  const lines = presenterList(steps);
  return (
    <table className="ceremony-table presenters-table">
      <thead>
        <tr>
          <th className="col-no">{t('ceremony.order')}</th>
          <th className="col-name">{t('ceremony.person')}</th>
          <th className="col-role">{t('ceremony.role')}</th>
          <th className="col-org">{t('results.organization')}</th>
          <th>{t('ceremony.entry')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line, i) => (
          <Fragment key={line.order}>
            {(i === 0 || lines[i - 1]!.step !== line.step) && (
              <tr className="presenters-step">
                <th colSpan={5}>
                  {t('ceremony.step', { n: line.step + 1 })} {headingOf(steps[line.step]!)}
                </th>
              </tr>
            )}
            <tr>
              <td className="col-no">{line.order}</td>
              <td>
                <strong>{line.person}</strong>
              </td>
              <td>{line.role}</td>
              <td>{line.organization}</td>
              <td>
                {line.entryNo} {line.entryName}
              </td>
            </tr>
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
