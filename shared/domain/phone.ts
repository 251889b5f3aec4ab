import { withoutInvisible } from './textKey';

// A judge's phone number, checked loosely: organizers paste 138 0000 0000, 0571-8888 8888 转 123,
// +86 138…, full-width digits from a form, or two numbers with a slash. What is refused is what
// cannot be dialled at all: letters, too few or too many digits.

/** The phone as stored: full-width digits and signs made plain, spaces collapsed. */
export function cleanPhone(typed: string): string {
  return withoutInvisible(typed).normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

const ALLOWED = /^[0-9 +\-()#,;/转分机ext.]*$/iu;

/** Whether a cleaned phone is acceptable: blank (it is optional), or 5 to 30 digits of a number. */
export function phoneLooksValid(phone: string): boolean {
  if (phone === '') return true;
  if (phone.length > 40 || !ALLOWED.test(phone)) return false;
  const digits = phone.replace(/\D/g, '').length;
  return digits >= 5 && digits <= 30;
}
