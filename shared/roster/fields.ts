// What an imported column can mean, and the names rosters give it.

export const importKinds = ['roster', 'judges'] as const;
export type ImportKind = (typeof importKinds)[number];

export const rosterFields = [
  'no',
  'name',
  'track',
  'group',
  'organization',
  'region',
  'title',
  'members',
  'member',
  'roles',
] as const;
export const judgeFields = ['name', 'organization', 'region', 'phone', 'tracks'] as const;
export const importFields = [...new Set([...rosterFields, ...judgeFields])] as [
  ImportField,
  ...ImportField[],
];
export type ImportField = (typeof rosterFields)[number] | (typeof judgeFields)[number];

/** Per column: the field it feeds, or null when it is ignored. */
export type Mapping = Array<ImportField | null>;

export function fieldsOf(kind: ImportKind): readonly ImportField[] {
  return kind === 'roster' ? rosterFields : judgeFields;
}

/** Fields several columns may feed (成员1, 成员2 …); every other field takes one column. */
export const repeatableFields: ReadonlySet<ImportField> = new Set(['member']);

const organization = [
  '单位',
  '所在单位',
  '推荐单位',
  '工作单位',
  '选送单位',
  '参赛单位',
  '报送单位',
  '所属单位',
  '单位名称',
  '场馆',
  '所在场馆',
  'organization',
  'organisation',
  'org',
  'museum',
  'institution',
  'affiliation',
];
const region = [
  '省份',
  '赛区',
  '省份/赛区',
  '省份赛区',
  '所属省份',
  '所在省份',
  '分赛区',
  '地区',
  '省市',
  '省（区、市）',
  '省区市',
  'province',
  'region',
];

/**
 * Header names per field, best first: when two columns claim a field, the better name wins
 * (编号 is the entry number; 序号 is often only a row counter).
 */
export const headerNames: Record<ImportKind, Partial<Record<ImportField, string[]>>> = {
  roster: {
    no: [
      '编号',
      '参赛编号',
      '选手编号',
      '作品编号',
      '报名编号',
      '参赛号',
      '序号',
      'no',
      'no.',
      'number',
      'entryno',
      'entrynumber',
      'id',
    ],
    name: [
      '姓名',
      '选手姓名',
      '参赛选手',
      '选手',
      '参赛者',
      '团队名称',
      '队名',
      '队伍名称',
      '参赛队',
      '参赛队名称',
      'name',
      'contestant',
      'teamname',
      'team',
    ],
    track: [
      '赛项',
      '参赛赛项',
      '赛项名称',
      '项目',
      '参赛项目',
      '比赛项目',
      '类别',
      'track',
      'event',
      'category',
    ],
    group: ['组别', '参赛组别', '分组', '组', 'group', 'division'],
    organization,
    region,
    title: [
      '作品名称',
      '题目',
      '作品题目',
      '作品',
      '辅导题目',
      '展品名称',
      '选题',
      '节目名称',
      '课程名称',
      '剧目名称',
      'title',
      'work',
      'topic',
    ],
    members: [
      '团队成员',
      '成员',
      '队员',
      '成员姓名',
      '团队成员姓名',
      '参赛成员',
      'members',
      'teammembers',
    ],
    roles: ['职务/分工', '分工', '职务', '角色', '成员分工', '职责', 'role', 'roles', 'position'],
  },
  judges: {
    name: ['姓名', '评委姓名', '评委', '专家姓名', '专家', 'name', 'judge'],
    organization,
    region,
    phone: [
      '电话',
      '手机',
      '手机号',
      '手机号码',
      '联系电话',
      '电话号码',
      '联系方式',
      'phone',
      'mobile',
      'tel',
      'telephone',
    ],
    tracks: [
      '评审赛项',
      '赛项',
      '评审项目',
      '项目',
      '评审组',
      '评审组别',
      '参评赛项',
      'tracks',
      'track',
      'panels',
      'panel',
    ],
  },
};

/** 成员1, 队员 2, 成员一, Member 3: one member per column. */
export const memberColumn = /^(成员|队员|团队成员|member)[0-9一二三四五六七八九十]+$/;

/** Fields that must have a column for the import to make sense. */
export function requiredFields(kind: ImportKind, hasDefaultTrack: boolean): ImportField[] {
  if (kind === 'judges') return ['name'];
  return hasDefaultTrack ? ['no', 'name'] : ['no', 'name', 'track'];
}
