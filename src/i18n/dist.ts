// Messages of kzp's distribution: the vendored single-file build, `kzp vendor`, `kzp doctor`.
import type { Catalog } from './index.js';

export const distMessages: Catalog = {
  'dist.noBundle': {
    zh: '这个 kzp 没有单文件版本(dist/kzp.mjs),tools/ 中只写了启动脚本:在 kzp 源码目录运行 npm run bundle,再在工作区运行 kzp vendor',
    en: 'this kzp has no single-file build (dist/kzp.mjs), so tools/ got the launchers only: run npm run bundle in kzp\'s source folder, then kzp vendor in the workspace',
  },
};
