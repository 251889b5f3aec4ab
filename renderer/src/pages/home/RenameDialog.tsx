import { useEffect, useState } from 'react';
import type { StoreFile } from '../../../../shared/api/competition';
import type { CallOutput } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorList } from '../../components/ErrorList';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { useCall } from '../../useCall';
import { fileNameOf } from './FileList';

/** A new name for a competition on the list; its file keeps its own name. */
export function RenameDialog(props: {
  file: StoreFile | null;
  onRenamed: (renamed: CallOutput<'competitions.rename'>) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, setErrors, run } = useCall();
  const { file } = props;

  useEffect(() => {
    setName(file?.name ?? '');
    setErrors([]);
  }, [file, setErrors]);

  const rename = async () => {
    if (!file) return;
    setBusy(true);
    await run(async () =>
      props.onRenamed(await call('competitions.rename', { path: file.path, name })),
    );
    setBusy(false);
  };

  return (
    <ConfirmDialog
      open={file !== null}
      title={t('home.renameTitle')}
      confirmLabel={t('home.renameButton')}
      busy={busy}
      confirmDisabled={name.trim() === '' || name.trim() === file?.name}
      onConfirm={rename}
      onCancel={props.onCancel}
    >
      <Field label={t('home.renameName')} wide>
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') rename();
          }}
        />
      </Field>
      {file && (
        <p className="muted small">{t('home.renameKeepsFile', { file: fileNameOf(file.path) })}</p>
      )}
      <ErrorList errors={errors} />
    </ConfirmDialog>
  );
}
