import { textKey } from './textKey';

/**
 * The reason stored with an automatic recusal: the judge and the entry share an organization.
 * Stored in Chinese (the audit's language); screens show it translated.
 */
export const SAME_ORGANIZATION = '同单位';

/**
 * Whether a judge and an entry come from the same organization, compared as names are compared
 * everywhere (textKey: NFKC, invisible characters out, spaces collapsed). A blank organization
 * matches nothing: an unknown museum is not a shared one.
 */
export function sameOrganization(judge: string, entry: string): boolean {
  const key = textKey(judge);
  return key !== '' && key === textKey(entry);
}
