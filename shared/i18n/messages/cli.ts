// The command line.
const zh = {
  'cli.usage': `用法：scoredesk <命令> [选项]

  new <文件> --name <赛事名称> [--template counselor|blank] [--edition 届次] [--venue 地点] [--start YYYY-MM-DD] [--end YYYY-MM-DD]
                          从模板新建赛事文件（本机已有同名、同届次的赛事则拒绝：一场比赛一个文件）
  show <文件> [--json]    显示赛事文件的内容（--json 输出公开的 JSON 格式）
  demo <文件> [--entries 12] [--judges 7] [--seed 1] [--name 名称]
                          新建一个带模拟选手、评委和评分的演示赛事
  results <文件> [--track 赛项代码] [--json]
                          显示排名、最后得分和奖项（--json 输出公开的 JSON 格式）
  export <文件> <输出.xlsx> [--track 赛项代码]
                          导出成绩 Excel：成绩表、评分明细、获奖名单（表头语言随 --lang）
  serve [--port N] [--data-dir 目录] [--config-dir 目录]
                          在 127.0.0.1 上提供评分台界面，用浏览器打开打印出的地址
  draw <赛事文件> --track <赛项> [--seed N] [--json]
                          抽签决定出场顺序（记录种子；评分开始后不能重抽）
  recusals suggest|list <赛事文件> --track <赛项> [--json]
                          按单位自动设置回避 / 列出回避
  recusals set|clear <赛事文件> --track <赛项> --judge <评委> --entry <编号> --reason <原因> [--json]
                          手动设置或取消一项回避（取消自动回避须写原因）
  judge-file <赛事文件> --judge <评委> [--track <赛项>] --out <文件或文件夹>
  judge-file <赛事文件> --all [--track <赛项>] --out <文件夹> [--json]
                          生成评委文件（.scoredesk-judge）：一位评委，或评委组每人一个
  keys <赛事文件> [--accept --judge <评委> --fingerprint <指纹>] [--retire --judge <评委> --reason <原因>]
                          列出评委密钥及指纹；核对指纹后确认，或停用（电脑遗失、文件外泄）
  verify <文件> [--store <赛事文件>]
                          核验评委文件或评分文件是否完好、属于哪场赛事和哪位评委（评分文件须 --store）
  merge <赛事文件> <评分文件或文件夹…>
                          合并评委的评分文件（文件夹内的 *.scoredesk-scores、*.json），逐个报告结果
  roster import <赛事文件> <xlsx|xls|csv> [--track 赛项代码] [--dry-run] [--remove-missing]
                          从 Excel/CSV 导入选手名单（有问题则逐行列出，不写入）；只新增和修改，
                          --remove-missing 才删除文件中没有的选手（已有评分的总是保留）
  judges import <赛事文件> <xlsx|xls|csv> [--dry-run] [--remove-missing]
                          导入评委名单及其评审赛项（同上）
  quiz import <赛事文件> <xlsx|xls|csv> --track <赛项> [--dry-run] [--reason 原因] [--json]
                          导入答题系统导出的知识测试得分（编号加各题得分或总分）；有问题则逐行列出，不写入
  deductions import <赛事文件> <xlsx|xls|csv> --track <赛项> [--dry-run] [--json]
                          导入扣分表（编号、扣分、原因）；同一文件再导入不会重复扣分
  award add|remove <赛事文件> --track <赛项> --entry <编号> --award <奖项> [--reason 原因] [--json]
  award list <赛事文件> --track <赛项> [--json]
                          记录、取消、列出单项奖（如最佳创意奖）
  lock <赛事文件> --track <赛项> --by <裁判长> [--reason 原因] [--acknowledge 标记,…|all] [--json]
                          锁定成绩，发布一个版本；有未确认的问题时逐项列出并拒绝，确认后用 --acknowledge
  sheets <赛事文件> --out <文件夹>
                          为每位评委生成纸质评分表（Excel）
  sheets import <赛事文件> <xlsx…>
                          导入填好的纸质评分表，逐格检查后合并
  backups <赛事文件>       列出自动备份
  restore <赛事文件> <备份>  从备份恢复（恢复前先备份当前状态）

赛项可写代码或任一名称（--track exhibit、--track 展品辅导）；评委可写姓名、座位号（--judge 3号 或 --seat 3，
需 --track）或编号；选手写编号或姓名。名称不唯一或找不到时，列出可选项。
通用选项：--lang en 使用英文输出`,
  'cli.created': '已创建赛事文件：{path}',
  'cli.serving': '评分台已在本机运行，请在浏览器中打开：{url}',
  'cli.unknownCommand': '未知命令：{command}',
  'cli.unknownTemplate': '未知模板：{template}（可用：counselor、blank）',
  'cli.missingName': '请用 --name 给出赛事名称。',
  'cli.missingArgument': '缺少参数 <{name}>。\n{usage}',
  'cli.trackLine': '  {track}（{code}）：{entries} 名选手，满分 {total}',
  'cli.judgesLine': '  评委：{count} 名',
  'cli.resultsHeading': '{track}（{code}）成绩 — {version}',
  'cli.exported': '已导出成绩：{path}',
};

const en: Record<keyof typeof zh, string> = {
  'cli.usage': `Usage: scoredesk <command> [options]

  new <file> --name <competition name> [--template counselor|blank] [--edition E] [--venue V] [--start YYYY-MM-DD] [--end YYYY-MM-DD]
                          create a competition file from a template (refused when this computer already has one
                          of the same name and edition: one file per event)
  show <file> [--json]    show what a competition file holds (--json: the public JSON format)
  demo <file> [--entries 12] [--judges 7] [--seed 1] [--name NAME]
                          create a demo competition with invented entries, judges and marks
  results <file> [--track CODE] [--json]
                          show ranks, finals and awards (--json: the public JSON format)
  export <file> <out.xlsx> [--track CODE]
                          export the results to Excel: results, every judge's marks, awards
                          (sheets in the language of --lang)
  serve [--port N] [--data-dir DIR] [--config-dir DIR]
                          serve ScoreDesk on 127.0.0.1; open the printed address in a browser
  draw <store> --track <track> [--seed N] [--json]
                          draw the running order (the seed is recorded; no redraw once marks arrive)
  recusals suggest|list <store> --track <track> [--json]
                          recuse judges from entries of their own organization / list the recusals
  recusals set|clear <store> --track <track> --judge <judge> --entry <no.> --reason <reason> [--json]
                          set or clear one recusal by hand (clearing an automatic one needs a reason)
  judge-file <store> --judge <judge> [--track <track>] --out <file or folder>
  judge-file <store> --all [--track <track>] --out <folder> [--json]
                          write judge files (.scoredesk-judge): one judge's, or one per panel judge
  keys <competition file> [--accept --judge <judge> --fingerprint <fingerprint>] [--retire --judge <judge> --reason <reason>]
                          list the judges' keys and fingerprints; accept one after comparing, or retire (laptop lost, file leaked)
  verify <file> [--store <competition file>]
                          check that a judge or score file is intact, and whose it is (score files need --store)
  merge <competition file> <score files or folders…>
                          merge judges' score files (in folders: *.scoredesk-scores, *.json), one line per file
  roster import <store> <xlsx|xls|csv> [--track code] [--dry-run] [--remove-missing]
                          import a roster from Excel/CSV (problems listed by row, nothing written);
                          adds and updates only: --remove-missing also removes entries missing from
                          the file (never those with marks)
  judges import <store> <xlsx|xls|csv> [--dry-run] [--remove-missing]
                          import a judge list with their panels (the same)
  quiz import <store> <xlsx|xls|csv> --track <track> [--dry-run] [--reason R] [--json]
                          import quiz points from a quiz system's export (number plus points per
                          question or a total); problems listed by row, nothing written
  deductions import <store> <xlsx|xls|csv> --track <track> [--dry-run] [--json]
                          import deductions (number, points, reason); the same file twice deducts once
  award add|remove <store> --track <track> --entry <no.> --award <award> [--reason R] [--json]
  award list <store> --track <track> [--json]
                          record, remove or list single awards (such as 最佳创意奖)
  lock <store> --track <track> --by <head judge> [--reason R] [--acknowledge flag,…|all] [--json]
                          lock the results as a version; open flags are listed and refused until
                          confirmed with --acknowledge
  sheets <store> --out <dir>
                          write a paper score sheet (Excel) for every judge
  sheets import <store> <xlsx…>
                          import filled paper score sheets, checked cell by cell, then merged
  backups <store>         list the automatic snapshots
  restore <store> <snapshot>
                          restore a snapshot (the current state is snapshotted first)

A track is its code or any of its names (--track exhibit, --track 展品辅导); a judge is a name, a
seat (--judge 3号 or --seat 3, with --track) or a number; an entry is its number or name. A name
that is ambiguous or unknown is refused with the candidates.
Common option: --lang en for English output`,
  'cli.created': 'Created competition file: {path}',
  'cli.serving': 'ScoreDesk is running on this computer. Open in your browser: {url}',
  'cli.unknownCommand': 'Unknown command: {command}',
  'cli.unknownTemplate': 'Unknown template: {template} (available: counselor, blank)',
  'cli.missingName': 'Give the competition a name with --name.',
  'cli.missingArgument': 'Missing argument <{name}>.\n{usage}',
  'cli.trackLine': '  {track} ({code}): {entries} entries, full marks {total}',
  'cli.judgesLine': '  Judges: {count}',
  'cli.resultsHeading': '{track} ({code}) results — {version}',
  'cli.exported': 'Results exported: {path}',
};

export const cli = { 'zh-CN': zh, en };
