// The desktop app's own words outside the page: the application menu, and the names of the files
// ScoreDesk writes. Files travel between people at the venue (USB sticks, chat apps) and are
// named in Chinese whatever the screen's language, as the paper sheets are.
const zh = {
  'menu.file': '文件',
  'menu.quit': '退出',
  'menu.edit': '编辑',
  'menu.undo': '撤销',
  'menu.redo': '重做',
  'menu.cut': '剪切',
  'menu.copy': '复制',
  'menu.paste': '粘贴',
  'menu.selectAll': '全选',
  'menu.view': '视图',
  'menu.reload': '重新加载',
  'menu.devTools': '开发者工具',
  'menu.resetZoom': '实际大小',
  'menu.zoomIn': '放大',
  'menu.zoomOut': '缩小',
  // Closing the window while a screen holds unsaved work (the rubric draft).
  'unload.title': '还有未保存的修改',
  'unload.message': '关闭后，本页未保存的修改将丢失。',
  'unload.leave': '不保存，关闭',
  'unload.stay': '留在本页',
  // A judge without a seat, in a file's name (a seated one is 3号评委 张三, from seatLabel).
  'fileName.unseatedJudge': '评委{name}',
};

const en: Record<keyof typeof zh, string> = {
  'menu.file': 'File',
  'menu.quit': 'Quit',
  'menu.edit': 'Edit',
  'menu.undo': 'Undo',
  'menu.redo': 'Redo',
  'menu.cut': 'Cut',
  'menu.copy': 'Copy',
  'menu.paste': 'Paste',
  'menu.selectAll': 'Select All',
  'menu.view': 'View',
  'menu.reload': 'Reload',
  'menu.devTools': 'Toggle Developer Tools',
  'menu.resetZoom': 'Actual Size',
  'menu.zoomIn': 'Zoom In',
  'menu.zoomOut': 'Zoom Out',
  'unload.title': 'There are unsaved changes',
  'unload.message': 'If you close now, the changes on this screen that are not saved are lost.',
  'unload.leave': 'Close without saving',
  'unload.stay': 'Stay on this screen',
  'fileName.unseatedJudge': 'Judge {name}',
};

export const desktop = { 'zh-CN': zh, en };
