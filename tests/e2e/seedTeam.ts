import type { EntryInput } from '../../shared/domain/people';

/** A drama team of its own museum, as the end-to-end seeds add them; `with` changes any field. */
export const team = (no: string, with_: Partial<EntryInput> = {}): EntryInput => ({
  track: 'drama',
  group: 'main',
  no,
  name: `${no}剧社`,
  organization: `${no}科技馆`,
  region: '浙江',
  title: '光的旅行',
  status: 'competing',
  members: [],
  ...with_,
});
