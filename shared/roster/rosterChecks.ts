import type { EntryInput, JudgeInput } from '../domain/people';
import { cleanPhone } from '../domain/phone';
import { cleanNumber, cleanText, textKey } from '../domain/textKey';

// What the entry and judge forms store and refuse, the same as the importer: text without
// invisible characters, numbers NFKC, and no second entry number or judge that only looks new.

export function cleanEntryInput(input: EntryInput): EntryInput {
  return {
    ...input,
    no: cleanNumber(input.no),
    name: cleanText(input.name),
    organization: cleanText(input.organization),
    region: cleanText(input.region),
    title: cleanText(input.title),
    members: input.members.map((m) => ({ name: cleanText(m.name), role: cleanText(m.role) })),
  };
}

export function cleanJudgeInput(input: JudgeInput): JudgeInput {
  return {
    ...input,
    name: cleanText(input.name),
    organization: cleanText(input.organization),
    region: cleanText(input.region),
    ...(input.phone === undefined ? {} : { phone: cleanPhone(input.phone) }),
  };
}

/** Another entry of the track whose number is this one's after normalization (００１ and 001). */
export function numberClash<T extends { id: number; no: string }>(
  entries: readonly T[],
  input: Pick<EntryInput, 'id' | 'no'>,
): T | undefined {
  const key = textKey(input.no);
  return entries.find((e) => e.id !== input.id && textKey(e.no) === key);
}

/** Another judge of the same name and organization, compared by textKey: the same person. */
export function judgeClash<T extends { id: number; name: string; organization: string }>(
  judges: readonly T[],
  input: Pick<JudgeInput, 'id' | 'name' | 'organization'>,
): T | undefined {
  const name = textKey(input.name);
  const organization = textKey(input.organization);
  return judges.find(
    (j) =>
      j.id !== input.id && textKey(j.name) === name && textKey(j.organization) === organization,
  );
}

/** A required text that cleaning left empty (it held only invisible characters). */
export function blankRequired(input: { name: string; no?: string }): 'no' | 'name' | undefined {
  if (input.no !== undefined && input.no === '') return 'no';
  return input.name === '' ? 'name' : undefined;
}
