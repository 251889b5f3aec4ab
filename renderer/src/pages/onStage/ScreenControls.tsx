import type { ScreenSettings } from '../../../../shared/api/onStage';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import type { useCall } from '../../useCall';

/** What the big screen shows and how: the head table decides, the screen follows. */
export function ScreenControls(props: {
  screen: ScreenSettings;
  track: string;
  onChange: (patch: Partial<ScreenSettings>) => void;
  run: ReturnType<typeof useCall>['run'];
}) {
  const { t } = useI18n();
  const { screen } = props;
  const open = () =>
    props.run(async () => {
      // The screen follows the track of the page it was opened from.
      if (screen.track !== props.track) props.onChange({});
      const where = await call('screen.open', {});
      // In a browser: the display address, in a tab of its own (dragged to the projector).
      if (where.path) window.open(where.path, 'scoredesk-screen', 'noopener');
    });
  const otherTrack = screen.track !== null && screen.track !== props.track;
  return (
    <section className="screen-controls" aria-label={t('onStage.screen')}>
      <h2>{t('onStage.screen')}</h2>
      <div className="screen-controls-row">
        <button type="button" className="primary" onClick={open}>
          {t('onStage.openScreen')}
        </button>
        <fieldset className="screen-mode">
          <legend>{t('onStage.shows')}</legend>
          {(['entry', 'queue', 'blank'] as const).map((mode) => (
            <label key={mode}>
              <input
                type="radio"
                name="screen-mode"
                checked={!otherTrack && screen.mode === mode}
                disabled={mode === 'entry' && screen.shownEntryId === null}
                onChange={() => props.onChange({ mode })}
              />
              {t(`onStage.mode.${mode}`)}
            </label>
          ))}
        </fieldset>
        <label>
          <input
            type="checkbox"
            checked={screen.ceremony}
            onChange={(e) => props.onChange({ ceremony: e.target.checked })}
          />
          {t('onStage.ceremony')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={screen.english}
            onChange={(e) => props.onChange({ english: e.target.checked })}
          />
          {t('onStage.english')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={screen.showTimer}
            onChange={(e) => props.onChange({ showTimer: e.target.checked })}
          />
          {t('onStage.showTimer')}
        </label>
      </div>
      {otherTrack && <p className="hint">{t('onStage.otherTrack')}</p>}
    </section>
  );
}
