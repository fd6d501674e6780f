import type { UiKey } from '../i18n/index.ts';
import { architectureKinds, providers, tokenizerKinds } from '../schemas/weight.ts';
import { compareRowKeys } from './compare.ts';

/**
 * Every UI string `factValue` and `factNote` may use: what a browser script that formats facts
 * must be given (the compare page), and no more. A unit test runs the formatter over every kind
 * of fact and checks that it asks for nothing outside this list.
 */
export const factStringKeys = [
  'fact.unknown',
  'fact.unknownExact',
  'fact.unknownSize',
  'fact.notApplicable',
  'fact.contextTokens',
  'fact.exactCount',
  'fact.layersShared',
  'fact.layersEncoderDecoder',
  'fact.disagreement',
  'fact.from.page',
  'fact.from.config',
  'fact.from.both',
  'license.unknown',
  ...architectureKinds.map((kind) => `arch.${kind}` as const),
  ...providers.map((provider) => `provider.${provider}` as const),
  ...tokenizerKinds.map((kind) => `tokenizer.${kind}` as const),
  'role.discriminator',
  'role.generator',
] as const satisfies readonly UiKey[];

/** The UI strings the compare page's script is given: its row labels and the facts' words. */
export const compareStringKeys: readonly UiKey[] = [
  ...new Set([...compareRowKeys.map(([, label]) => label), ...factStringKeys]),
];
