// Messages of kzp's distribution: the vendored single-file build, `kzp vendor`, `kzp doctor`.
import type { Catalog } from './index.js';

export const distMessages: Catalog = {
  'dist.noBundle': {
    zh: '这个 kzp 没有单文件版本(dist/kzp.mjs),tools/ 中只写了启动脚本:在 kzp 源码目录运行 npm run bundle,再在工作区运行 kzp vendor',
    en: 'this kzp has no single-file build (dist/kzp.mjs), so tools/ got the launchers only: run npm run bundle in kzp\'s source folder, then kzp vendor in the workspace',
  },
  'dist.noBundle.vendor': { zh: '这个 kzp 没有单文件版本(dist/kzp.mjs),无法放入工作区', en: 'this kzp has no single-file build (dist/kzp.mjs) to put into the workspace' },
  'dist.noBundle.hint': { zh: '在 kzp 源码目录运行 npm run bundle,或用 tools/kzp.mjs 本身运行 kzp vendor', en: 'run npm run bundle in kzp\'s source folder, or run kzp vendor with a tools/kzp.mjs itself' },
  'dist.vendor.same': { zh: 'tools/ 已是 kzp {version},未改动', en: 'tools/ already holds kzp {version}; nothing changed' },
  'dist.vendor.updated': { zh: '已把工作区中的 kzp 从 {previous} 更新为 {version}:{files}', en: 'updated the workspace\'s kzp from {previous} to {version}: {files}' },
  'dist.vendor.wrote': { zh: '已把 kzp {version} 放入工作区:{files}', en: 'put kzp {version} into the workspace: {files}' },
  'dist.vendor.next': { zh: '提交后 CI 即用新版本:git add {files} && git commit -m "kzp {version}"', en: 'commit it and CI runs this version: git add {files} && git commit -m "kzp {version}"' },
  'dist.init.askSince': { zh: '开始跟踪的第一个月(YYYY-MM;此前的月份不要求报送台账)', en: 'first month tracked (YYYY-MM; no ledger is owed before it)' },
  'dist.init.badSince': { zh: '请按 YYYY-MM 填写,如 2024-10', en: 'write it as YYYY-MM, e.g. 2024-10' },
  'dist.version.newer': {
    zh: '正在运行的 kzp {running} 比本工作区记录的 {recorded} 新(kzp.yaml 的 kzp_version;CI 用 tools/ 中的 {recorded}):确认无误后在工作区运行 kzp vendor 更新并提交',
    en: 'this kzp ({running}) is newer than the {recorded} the workspace records (kzp_version in kzp.yaml; CI runs the {recorded} in tools/): run kzp vendor in the workspace and commit when you are ready',
  },
  'dist.version.older': {
    zh: '正在运行的 kzp {running} 比本工作区记录的 {recorded} 旧,可能不认识较新的设置:请用工作区自带的 tools/kzp 运行,或升级 kzp',
    en: 'this kzp ({running}) is older than the {recorded} the workspace records, and may not know newer settings: run the workspace\'s own tools/kzp, or upgrade kzp',
  },
  'dist.version.other': {
    zh: '正在运行的 kzp {running} 不是本工作区记录的 {recorded}(kzp.yaml 的 kzp_version):请用工作区自带的 tools/kzp 运行,或运行 kzp vendor',
    en: 'this kzp ({running}) is not the {recorded} the workspace records (kzp_version in kzp.yaml): run the workspace\'s own tools/kzp, or kzp vendor',
  },
};
