// Messages about what kzp refuses to trust or to claim: a cache folder it will not use, paths it
// did not check, files it will not read.
import type { Catalog } from './index.js';

const OFF = { zh: '本次不使用缓存(结果不变,只是慢一些);删除它即可恢复缓存', en: 'the cache is off for this run (the results are the same, only slower); delete it to have the cache back' };

export const trustMessages: Catalog = {
  'cache.symlink': { zh: `{folder} 是一个符号链接,${OFF.zh}`, en: `{folder} is a symbolic link: ${OFF.en}` },
  'cache.notDir': { zh: `{folder} 不是目录,${OFF.zh}`, en: `{folder} is not a folder: ${OFF.en}` },
  'cache.notOwner': { zh: `{folder} 属于别的用户,${OFF.zh}`, en: `{folder} belongs to another user: ${OFF.en}` },
  'ws.unknownFolder': {
    zh: 'kzp 不读取 {folder}/ 下的文件:是不是 {meant}/?',
    en: 'kzp does not read the files in {folder}/: did you mean {meant}/?',
  },
  'ws.unknownFolderCase': {
    zh: 'kzp 不读取 {folder}/ 下的文件(文件夹名区分大小写):是不是 {meant}/?',
    en: 'kzp does not read the files in {folder}/ (folder names are case-sensitive): did you mean {meant}/?',
  },
  'ws.unknownFolderCase.hint': {
    zh: '把文件移到 {expected}(git mv {folder} {meant});在 Windows 或 macOS 上改名时先改成别的名字再改回,否则 git 不会记下大小写的变化',
    en: 'move the file to {expected} (git mv {folder} {meant}); on Windows or macOS rename through another name, or git keeps the old case',
  },
  'ws.unknownFolder.hint': {
    zh: '把文件移到 {expected}(git mv {folder} {meant})',
    en: 'move the file to {expected} (git mv {folder} {meant})',
  },
  'validate.pathMissing': { zh: '{path} 不存在,没有校验', en: '{path} does not exist; nothing was checked' },
  'validate.pathMissing.hint': { zh: '检查路径的拼写;路径相对于当前目录', en: 'check the spelling; a path is relative to the current folder' },
  'validate.pathNotRecord': { zh: '{path} 不是工作区的记录文件,没有校验', en: '{path} is not a record file of the workspace; nothing was checked' },
  'validate.pathNotRecord.hint': {
    zh: 'kzp 只校验 kzp.yaml 和 units/、projects/、lists/、ledgers/、reviews/ 下的 .yaml 文件;不给路径即校验整个工作区',
    en: 'kzp checks kzp.yaml and the .yaml files under units/, projects/, lists/, ledgers/ and reviews/; without a path it checks the whole workspace',
  },
  'validate.changed.note': {
    zh: '--changed:与 {base}({commit})相比,{touched} 个文件新增或修改,{deleted} 个删除,{renamed} 个改名;读取并校验了整个工作区的 {files} 个文件,其中改动带来的问题 {found} 个',
    en: '--changed: against {base} ({commit}), {touched} files added or modified, {deleted} deleted, {renamed} renamed; read and validated all {files} files of the workspace, {found} problems the change brings',
  },
  'validate.changed.gitMissing': { zh: 'validate --changed 需要 git 命令,但未安装 git', en: 'validate --changed needs git, and git is not installed' },
};
