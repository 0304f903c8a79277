// The part of js-yaml 4 that kzp uses (the package ships no types; @types/js-yaml would be
// one more dependency for five declarations).
declare module 'js-yaml' {
  export interface TypeOptions {
    kind: 'scalar' | 'sequence' | 'mapping';
    resolve?: (data: any) => boolean;
    construct?: (data: any) => unknown;
  }
  export class Type { constructor(tag: string, options: TypeOptions); }
  export class Schema { extend(types: Type[] | { implicit?: Type[]; explicit?: Type[] }): Schema; }
  export interface LoadOptions { schema?: Schema; json?: boolean; filename?: string; maxDepth?: number }
  export const FAILSAFE_SCHEMA: Schema;
  export const CORE_SCHEMA: Schema;
  export function load(text: string, options?: LoadOptions): unknown;
  const jsyaml: { Type: typeof Type; FAILSAFE_SCHEMA: Schema; CORE_SCHEMA: Schema; load: typeof load };
  export default jsyaml;
}
