/* Generated from schemas/*.schema.json by `npm run gen:types`. Do not edit. */

export type SchemaVersion = 1;
/**
 * A stable identifier: letters, digits, '-', '_' and '.', starting with a letter or digit.
 */
export type Id = string;
/**
 * A display name: one string, or one per language.
 */
export type Name = string | LocalizedText;
export type Description = string | LocalizedText;

export interface AllSchemas {
  flow?: PLACEHOLDERFlow;
  dialog?: PLACEHOLDERDialog;
  'qa-ruleset'?: PLACEHOLDERQaRuleset;
  policy?: PLACEHOLDERPolicy;
  case?: PLACEHOLDERCase;
  transcript?: PLACEHOLDERTranscript;
}
export interface PLACEHOLDERFlow {
  kind: 'flow';
  schemaVersion: SchemaVersion;
  id: Id;
  name: Name;
  description: Description;
}
/**
 * Text per language. Traditional Chinese falls back to the simplified text converted with OpenCC.
 */
export interface LocalizedText {
  zh?: string;
  'zh-Hant'?: string;
  en?: string;
}
export interface PLACEHOLDERDialog {
  kind: 'dialog';
  schemaVersion: SchemaVersion;
  id: Id;
  name: Name;
  description: Description;
}
export interface PLACEHOLDERQaRuleset {
  kind: 'qa-ruleset';
  schemaVersion: SchemaVersion;
  id: Id;
  name: Name;
  description: Description;
}
export interface PLACEHOLDERPolicy {
  kind: 'policy';
  schemaVersion: SchemaVersion;
  id: Id;
  name: Name;
  description: Description;
}
export interface PLACEHOLDERCase {
  id: string;
}
export interface PLACEHOLDERTranscript {
  id: string;
}
