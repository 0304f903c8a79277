// TF-1 (二(一)1): kzp.yaml `center` names the one unit of type center (drc-center in the world).
import { ruleTester } from './tester.js';
import { file, world, type World } from './world.js';

const addUnit = (w: World, id: string, type: string) => { w.units[id] = { id, name: `测试单位 ${id}`, type, people: [{ id: `${id}-staff`, name: '测试人员', duty: '综合' }] }; };

ruleTester('TF-1', {
  valid: [
    { name: 'an institution with "center" in its name is not a second center', files: world((w) => addUnit(w, 'kz-invest-promotion', 'institution')) },
  ],
  invalid: [
    { name: 'the named center unit has another type', files: world((w) => { w.units['drc-center'].type = 'institution'; }),
      errors: [{ file: file.config, path: 'center', messageId: 'notCenter', data: { unit: 'drc-center', type: 'institution' } }] },
    { name: 'kzp.yaml names a department while the center unit exists', files: world((w) => { w.config.center = 'drc'; }),
      errors: [{ file: file.config, path: 'center', messageId: 'notCenter', data: { unit: 'drc', type: 'department' }, message: /units of type center: drc-center/ }] },
    { name: 'a second unit of type center', files: world((w) => addUnit(w, 'kz-center-2', 'center')),
      errors: [{ file: file.unit('kz-center-2'), path: 'type', messageId: 'extra', data: { center: 'drc-center' } }] },
    { name: 'a wrong center and two center-typed units', files: world((w) => { addUnit(w, 'kz-center-2', 'center'); w.config.center = 'drc'; }),
      errors: [
        { file: file.config, path: 'center', messageId: 'notCenter' },
        { file: file.unit('drc-center'), path: 'type', messageId: 'extra' },
        { file: file.unit('kz-center-2'), path: 'type', messageId: 'extra' },
      ] },
  ],
});
