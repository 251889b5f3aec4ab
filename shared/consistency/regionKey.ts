import { textKey } from '../domain/textKey';

// Rosters write a province as 浙江, 浙江省 or 浙江 省; judge lists the same. Only the
// administrative suffix is dropped, so 内蒙古 and 内蒙古自治区 meet while 吉林 and 吉林市 (a
// city) are, wrongly but rarely, one region: the comparison is descriptive, never a rule.
const SUFFIX =
  /(省|市|特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区|province|municipality)$/u;

export function regionKey(region: string): string {
  const key = textKey(region);
  const bare = key.replace(SUFFIX, '').trim();
  return bare === '' ? key : bare;
}

export function sameRegion(a: string, b: string): boolean {
  return regionKey(a) !== '' && regionKey(a) === regionKey(b);
}
