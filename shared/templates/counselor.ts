import type { Track } from '../domain/rubric';
import { criterion, defaultAggregation, defaultAwards, overtimePenalty, pts } from './defaults';

// The counselor competition's four tracks (2024 national edition). The official rubric is not
// published: these criteria and points are the proposed defaults of DOMAIN.md, for organizers
// to edit per edition.

const common = {
  decimals: 2,
  aggregation: defaultAggregation,
  // "不超过 15%": the national rules' shares are upper bounds, so each count is rounded down.
  awards: { ...defaultAwards, rounding: 'down' },
} as const;

const exhibit: Track = {
  ...common,
  code: 'exhibit',
  name: { zh: '展品辅导', en: 'Exhibit interpretation' },
  aliases: ['展品讲解', 'Exhibit guidance'],
  entryKind: 'individual',
  teamSize: { min: 1, max: 1 },
  timeLimitSeconds: 5 * 60,
  tieBreak: [{ kind: 'untrimmedMean' }, { kind: 'criterion', code: 'content' }],
  penalties: [overtimePenalty],
  groups: [
    { code: 'counselor', name: { zh: '科技辅导员', en: 'Counselors' }, isDefault: true },
    { code: 'volunteer', name: { zh: '科技志愿者', en: 'Volunteers' }, isDefault: false },
  ],
  segments: [
    {
      code: 'guidance',
      name: { zh: '自选展品辅导', en: 'Single-exhibit guidance' },
      kind: 'judged',
      criteria: [
        criterion('content', '科学内容', 'Scientific content', 35, {
          zh: '科学原理准确，知识拓展恰当，无科学性错误',
          en: 'Accurate science, fitting extensions, no factual errors',
        }),
        criterion('design', '辅导设计', 'Guidance design and audience fit', 25, {
          zh: '结构清晰，贴合观众特点，善用展品引导探究',
          en: 'Clear structure, fits the audience, uses the exhibit to prompt inquiry',
        }),
        criterion('language', '语言表达', 'Language and expression', 20, {
          zh: '语言规范生动，通俗易懂，富有感染力',
          en: 'Correct, vivid and accessible language',
        }),
        criterion('presence', '仪态与现场把控', 'Presence and time keeping', 10, {
          zh: '仪态自然大方，互动得当，用时合理',
          en: 'Natural manner, good interaction, keeps to time',
        }),
        criterion('originality', '创新与特色', 'Originality', 8, {
          zh: '视角新颖，方法有特色',
          en: 'Fresh angle, distinctive methods',
        }),
      ],
    },
    {
      code: 'quiz',
      name: { zh: '知识问答', en: 'Knowledge quiz' },
      kind: 'objective',
      criteria: [1, 2].map((n) => ({
        code: `quiz-${n}`,
        name: { zh: `第${n}题`, en: `Question ${n}` },
        description: { zh: '答对得1分', en: '1 point for a correct answer' },
        max: pts(1),
        step: pts(1),
      })),
    },
  ],
};

const experiment: Track = {
  ...common,
  code: 'experiment',
  name: { zh: '科学实验', en: 'Science experiment' },
  aliases: ['实验', 'Experiment'],
  entryKind: 'team',
  teamSize: { min: 1, max: 4 },
  timeLimitSeconds: 8 * 60,
  tieBreak: [{ kind: 'untrimmedMean' }, { kind: 'criterion', code: 'accuracy' }],
  penalties: [overtimePenalty],
  groups: [{ code: 'main', name: { zh: '默认组', en: 'Main group' }, isDefault: true }],
  segments: [
    {
      code: 'performance',
      name: { zh: '现场实验', en: 'Live experiment' },
      kind: 'judged',
      criteria: [
        criterion('accuracy', '科学性', 'Scientific accuracy', 30, {
          zh: '原理正确，表述严谨，结论可靠',
          en: 'Correct principle, rigorous explanation, sound conclusion',
        }),
        criterion('design', '实验设计与创新', 'Design and innovation', 25, {
          zh: '设计巧妙，器材或方法有创新',
          en: 'Clever design, new apparatus or method',
        }),
        criterion('demonstration', '演示效果', 'Demonstration', 20, {
          zh: '现象明显，操作熟练，效果直观',
          en: 'Clear phenomena, skilled handling, visible effect',
        }),
        criterion('interaction', '互动与辅导', 'Interaction and guidance', 15, {
          zh: '引导观众参与和思考',
          en: 'Draws the audience in and makes them think',
        }),
        criterion('safety', '安全与规范', 'Safety and procedure', 10, {
          zh: '操作规范，安全措施到位',
          en: 'Proper procedure and safety measures',
        }),
      ],
    },
  ],
};

const drama: Track = {
  ...common,
  code: 'drama',
  name: { zh: '科普短剧', en: 'Short science drama' },
  aliases: ['科学表演', 'Science show', '科普剧'],
  entryKind: 'team',
  teamSize: { min: 2, max: 6 },
  timeLimitSeconds: 10 * 60,
  tieBreak: [{ kind: 'untrimmedMean' }, { kind: 'criterion', code: 'content' }],
  penalties: [overtimePenalty],
  groups: [{ code: 'main', name: { zh: '默认组', en: 'Main group' }, isDefault: true }],
  segments: [
    {
      code: 'performance',
      name: { zh: '现场表演', en: 'Performance' },
      kind: 'judged',
      criteria: [
        criterion('content', '科学内容与主题', 'Science content and theme', 30, {
          zh: '主题鲜明，科学内容准确且贯穿剧情',
          en: 'Clear theme; accurate science woven through the plot',
        }),
        criterion('script', '剧本创作', 'Script', 25, {
          zh: '情节完整，结构合理，有原创性',
          en: 'Complete, well-built and original plot',
        }),
        criterion('acting', '表演', 'Acting', 25, {
          zh: '表演自然，配合默契，台词清晰',
          en: 'Natural acting, good teamwork, clear lines',
        }),
        criterion('staging', '舞台效果', 'Staging, costume, props', 10, {
          zh: '服装、道具、音效与舞台呈现',
          en: 'Costume, props, sound and stage picture',
        }),
        criterion('impact', '创新与感染力', 'Originality and impact', 10, {
          zh: '形式新颖，感染观众',
          en: 'Fresh form that moves the audience',
        }),
      ],
    },
  ],
};

const course: Track = {
  ...common,
  code: 'course',
  name: { zh: '科学课程（活动）', en: 'Science course (activity)' },
  aliases: ['科学课程', '科学活动', 'Science course', 'Science activity'],
  entryKind: 'team',
  teamSize: { min: 1, max: 4 },
  timeLimitSeconds: 10 * 60,
  tieBreak: [{ kind: 'untrimmedMean' }, { kind: 'criterion', code: 'content' }],
  penalties: [],
  groups: [{ code: 'main', name: { zh: '默认组', en: 'Main group' }, isDefault: true }],
  segments: [
    {
      code: 'presentation',
      name: { zh: '课程展示', en: 'Course presentation' },
      kind: 'judged',
      criteria: [
        criterion('objectives', '教学目标', 'Learning objectives', 15, {
          zh: '目标明确，符合对象特点',
          en: 'Clear objectives that fit the learners',
        }),
        criterion('content', '内容与资源', 'Content and use of museum resources', 30, {
          zh: '内容科学，充分利用场馆展品与资源',
          en: 'Sound content making full use of the museum',
        }),
        criterion('process', '活动过程', 'Inquiry process', 25, {
          zh: '探究过程完整，学生主体突出',
          en: 'Complete inquiry with learners at the centre',
        }),
        criterion('assessment', '评价设计', 'Assessment design', 15, {
          zh: '评价方式多元且可操作',
          en: 'Varied, workable assessment',
        }),
        criterion('answers', '展示与答辩', 'Presentation and answers', 15, {
          zh: '展示清楚，答辩准确',
          en: 'Clear presentation, accurate answers',
        }),
      ],
    },
  ],
};

export const counselorTemplate = {
  code: 'counselor',
  name: { zh: '全国科技馆辅导员大赛', en: 'National Science Museum Counselor Competition' },
  tracks: [exhibit, experiment, drama, course],
} as const;
