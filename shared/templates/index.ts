import type { Track } from '../domain/rubric';
import type { LocalizedText } from '../domain/text';
import { counselorTemplate } from './counselor';

export interface Template {
  code: string;
  name: LocalizedText;
  tracks: readonly Track[];
}

const blankTemplate: Template = {
  code: 'blank',
  name: { zh: '空白（自行添加赛项）', en: 'Blank (add your own tracks)' },
  tracks: [],
};

export const templates: readonly Template[] = [counselorTemplate, blankTemplate];
export const templateCodes = ['counselor', 'blank'] as const;

export function findTemplate(code: string): Template | undefined {
  return templates.find((template) => template.code === code);
}
