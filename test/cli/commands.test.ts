// Every command describes itself: the registry's name is the module's, it shows an example or
// two, and every help text the module names (flags, examples, exit codes) exists in both languages.
import { describe, expect, it } from 'vitest';
import { summaryKey } from '../../src/cli/command.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { has, t } from '../../src/i18n/index.js';

describe('command modules', () => {
  for (const [name, load] of Object.entries(COMMANDS)) {
    it(`${name}: its module is the command of that name, with every help text in zh and en`, async () => {
      const { command } = await load();
      expect(command.name).toBe(name);
      expect(command.examples.length, 'an example or two').toBeGreaterThan(0);
      for (const e of command.examples) expect(e.command, 'a kzp command line').toMatch(/(^|[ (<])kzp /);
      const keys = [summaryKey(name), ...(command.args ?? []).map((a) => a.help), ...(command.options ?? []).map((o) => o.help),
        ...command.examples.map((e) => e.help), ...Object.values(command.exits ?? {})].filter((k): k is string => !!k);
      for (const k of keys) {
        expect(has(k), k).toBe(true);
        expect(t(k, {}, 'zh')).not.toBe('');
        expect(t(k, {}, 'en')).not.toBe('');
      }
      if (name.includes(' ')) expect(has(`help.group.${name.split(' ')[0]}`)).toBe(true);
    });
  }
});
