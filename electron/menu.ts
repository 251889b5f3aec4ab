import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../shared/api/app';
import { type MessageKey, translate } from '../shared/i18n/catalog';

/** The minimal application menu; roles bring the usual accelerators. Devtools only unpackaged. */
export function menuTemplate(
  language: Language,
  options: { devTools: boolean; isMac: boolean },
): MenuItemConstructorOptions[] {
  const l = (key: MessageKey) => translate(language, key);
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: l('menu.reload') },
    ...(options.devTools ? [{ role: 'toggleDevTools', label: l('menu.devTools') } as const] : []),
    { type: 'separator' },
    { role: 'resetZoom', label: l('menu.resetZoom') },
    { role: 'zoomIn', label: l('menu.zoomIn') },
    { role: 'zoomOut', label: l('menu.zoomOut') },
  ];
  return [
    ...(options.isMac ? [{ role: 'appMenu' } as const] : []),
    { label: l('menu.file'), submenu: [{ role: 'quit', label: l('menu.quit') }] },
    {
      label: l('menu.edit'),
      submenu: [
        { role: 'undo', label: l('menu.undo') },
        { role: 'redo', label: l('menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: l('menu.cut') },
        { role: 'copy', label: l('menu.copy') },
        { role: 'paste', label: l('menu.paste') },
        { role: 'selectAll', label: l('menu.selectAll') },
      ],
    },
    { label: l('menu.view'), submenu: view },
  ];
}
