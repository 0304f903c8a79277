// Messages about what kzp refuses to trust or to claim: a cache folder it will not use, paths it
// did not check, files it will not read.
import type { Catalog } from './index.js';

const OFF = { zh: '本次不使用缓存(结果不变,只是慢一些);删除它即可恢复缓存', en: 'the cache is off for this run (the results are the same, only slower); delete it to have the cache back' };

export const trustMessages: Catalog = {
  'cache.symlink': { zh: `{folder} 是一个符号链接,${OFF.zh}`, en: `{folder} is a symbolic link: ${OFF.en}` },
  'cache.notDir': { zh: `{folder} 不是目录,${OFF.zh}`, en: `{folder} is not a folder: ${OFF.en}` },
  'cache.notOwner': { zh: `{folder} 属于别的用户,${OFF.zh}`, en: `{folder} belongs to another user: ${OFF.en}` },
};
