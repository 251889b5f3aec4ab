// The command line.
const zh = {
  'cli.usage': `用法：scoredesk <命令> [选项]

  new <文件> --name <赛事名称> [--template counselor|blank] [--edition 届次] [--venue 地点] [--start YYYY-MM-DD] [--end YYYY-MM-DD]
                          从模板新建赛事文件
  show <文件> [--json]    显示赛事文件的内容（--json 输出公开的 JSON 格式）
  demo <文件> [--entries 12] [--judges 7] [--seed 1] [--name 名称]
                          新建一个带模拟选手、评委和评分的演示赛事
  serve [--port N] [--data-dir 目录] [--config-dir 目录]
                          在 127.0.0.1 上提供评分台界面，用浏览器打开打印出的地址

通用选项：--lang en 使用英文输出`,
  'cli.created': '已创建赛事文件：{path}',
  'cli.serving': '评分台已在本机运行，请在浏览器中打开：{url}',
  'cli.unknownCommand': '未知命令：{command}',
  'cli.unknownTemplate': '未知模板：{template}（可用：counselor、blank）',
  'cli.missingName': '请用 --name 给出赛事名称。',
  'cli.missingArgument': '缺少参数 <{name}>。\n{usage}',
  'cli.trackLine': '  {track}（{code}）：{entries} 名选手，满分 {total}',
  'cli.judgesLine': '  评委：{count} 名',
};

const en: Record<keyof typeof zh, string> = {
  'cli.usage': `Usage: scoredesk <command> [options]

  new <file> --name <competition name> [--template counselor|blank] [--edition E] [--venue V] [--start YYYY-MM-DD] [--end YYYY-MM-DD]
                          create a competition file from a template
  show <file> [--json]    show what a competition file holds (--json: the public JSON format)
  demo <file> [--entries 12] [--judges 7] [--seed 1] [--name NAME]
                          create a demo competition with invented entries, judges and marks
  serve [--port N] [--data-dir DIR] [--config-dir DIR]
                          serve ScoreDesk on 127.0.0.1; open the printed address in a browser

Common option: --lang en for English output`,
  'cli.created': 'Created competition file: {path}',
  'cli.serving': 'ScoreDesk is running on this computer. Open in your browser: {url}',
  'cli.unknownCommand': 'Unknown command: {command}',
  'cli.unknownTemplate': 'Unknown template: {template} (available: counselor, blank)',
  'cli.missingName': 'Give the competition a name with --name.',
  'cli.missingArgument': 'Missing argument <{name}>.\n{usage}',
  'cli.trackLine': '  {track} ({code}): {entries} entries, full marks {total}',
  'cli.judgesLine': '  Judges: {count}',
};

export const cli = { 'zh-CN': zh, en };
