// A write the system refused (src/util/io-error.ts): one line with the path, and the fix.
import type { Catalog } from './index.js';

export const ioMessages: Catalog = {
  'io.full': { zh: '无法写入 {path}:磁盘已满', en: 'cannot write {path}: the disk is full' },
  'io.full.hint': { zh: '腾出磁盘空间后重试,或写到另一个磁盘', en: 'free some space and try again, or write to another disk' },
  'io.readonly': { zh: '无法写入 {path}:文件系统只读', en: 'cannot write {path}: the file system is read-only' },
  'io.readonly.hint': { zh: '写到一个可写的目录', en: 'write to a folder that can be written' },
  'io.denied': { zh: '无法写入 {path}:没有写入权限(只读)', en: 'cannot write {path}: permission denied (read-only)' },
  'io.denied.hint': { zh: '检查该目录的权限,或写到一个可写的目录', en: 'check the permissions of its folder, or write to a folder that can be written' },
  'io.exists': { zh: '无法写入 {path}:该文件已存在', en: 'cannot write {path}: the file exists' },
  'io.exists.hint': { zh: 'kzp 不会覆盖它;移走它,或换一个路径', en: 'kzp does not replace it; move it away, or choose another path' },
  'io.notDir': { zh: '无法写入 {path}:它的上级路径中有一个不是目录', en: 'cannot write {path}: a part of its path is not a folder' },
  'io.notDir.hint': { zh: '换一个输出路径,或移走挡路的同名文件', en: 'choose another path, or move the file that is in the way' },
  'io.isDir': { zh: '无法写入 {path}:这是一个目录', en: 'cannot write {path}: it is a folder' },
  'io.isDir.hint': { zh: '给出一个文件名,而不是目录', en: 'give a file name, not a folder' },
  'io.nameTooLong': { zh: '无法写入 {path}:路径太长', en: 'cannot write {path}: the path is too long' },
  'io.nameTooLong.hint': { zh: '换一个短一些的路径', en: 'choose a shorter path' },
  'io.other': { zh: '无法写入 {path}(系统错误 {code})', en: 'cannot write {path} (system error {code})' },
  'io.other.hint': { zh: '检查该路径和磁盘后重试', en: 'check the path and the disk, then try again' },
};
