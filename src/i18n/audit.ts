import type { Catalog } from './index.js';

/** `--at REF`, `kzp log`, `kzp audit`: the audit trail of git (HI-1..HI-3). */
export const auditMessages: Catalog = {
  // --at REF
  'at.bad-ref': { zh: '--at 的值 "{ref}" 不是本仓库中的提交', en: '--at "{ref}" is not a commit of this repository' },
  'at.bad-ref.hint': { zh: '用 git log --oneline 查看提交编号,或使用分支名、标签、HEAD~3 之类的写法', en: 'list commits with git log --oneline, or use a branch, a tag or a form like HEAD~3' },
  'at.not-a-repository': { zh: '--at 需要 git 历史,但工作区 {root} 不在 git 仓库中', en: '--at needs git history, but the workspace {root} is not in a git repository' },
  'at.not-a-repository.hint': { zh: '在 git 仓库中运行,或去掉 --at', en: 'run it inside a git repository, or leave out --at' },
  'at.git-missing': { zh: '--at 需要 git 命令,但找不到 git', en: '--at needs git, which is not installed' },
  'at.git-missing.hint': { zh: '安装 git 后重试', en: 'install git and try again' },
  'at.no-config': { zh: '提交 {ref} 中工作区目录下没有 kzp.yaml(当时该目录还不是工作区)', en: 'at {ref} the workspace folder has no kzp.yaml (it was not a workspace yet)' },
  'at.no-config.hint': { zh: '选择一个更晚的提交', en: 'choose a later commit' },
};
