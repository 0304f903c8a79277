export { readHistory, parseLog, gitState, runGit, type GitOptions } from './git.js';
