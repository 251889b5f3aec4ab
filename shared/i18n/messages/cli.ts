// The command line.
const zh = {
  'cli.usage': `用法：scoredesk <命令> [选项]

  new <文件> --name <赛事名称> [--template counselor|blank] [--edition 届次] [--venue 地点] [--start YYYY-MM-DD] [--end YYYY-MM-DD]
                          从模板新建赛事文件
  show <文件> [--json]    显示赛事文件的内容（--json 输出公开的 JSON 格式）
  demo <文件> [--entries 12] [--judges 7] [--seed 1] [--name 名称]
                          新建一个带模拟选手、评委和评分的演示赛事
  results <文件> [--track 赛项代码] [--json]
                          显示排名、最后得分和奖项（--json 输出公开的 JSON 格式）
  export <文件> <输出.xlsx> [--track 赛项代码]
                          导出成绩 Excel：成绩表、评分明细、获奖名单（表头语言随 --lang）
  serve [--port N] [--data-dir 目录] [--config-dir 目录]
                          在 127.0.0.1 上提供评分台界面，用浏览器打开打印出的地址
  judge-file <赛事文件> --judge <评委编号> --out <文件或文件夹>
                          生成该评委的评委文件（.scoredesk-judge）
  keys <赛事文件> [--accept --judge <评委编号> --fingerprint <指纹>] [--retire --judge <评委编号> --reason <原因>]
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
  sheets <赛事文件> --out <文件夹>
                          为每位评委生成纸质评分表（Excel）
  sheets import <赛事文件> <xlsx…>
                          导入填好的纸质评分表，逐格检查后合并
  backups <赛事文件>       列出自动备份
  restore <赛事文件> <备份>  从备份恢复（恢复前先备份当前状态）

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
                          create a competition file from a template
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
  judge-file <competition file> --judge <judge id> --out <file or folder>
                          write that judge's judge file (.scoredesk-judge)
  keys <competition file> [--accept --judge <judge id> --fingerprint <fingerprint>] [--retire --judge <judge id> --reason <reason>]
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
  sheets <store> --out <dir>
                          write a paper score sheet (Excel) for every judge
  sheets import <store> <xlsx…>
                          import filled paper score sheets, checked cell by cell, then merged
  backups <store>         list the automatic snapshots
  restore <store> <snapshot>
                          restore a snapshot (the current state is snapshotted first)

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
