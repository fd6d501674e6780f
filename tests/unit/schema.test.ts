import { describe, expect, it } from 'vitest';
import { weightFactsSchema, weightProseSchema } from '../../src/schemas/weight.ts';
import { teacherFacts } from '../helpers/entries.ts';

/** The first issue of a failed parse, as "field.path: message". */
function firstIssue(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  expect(result.success).toBe(false);
  const issue = result.error?.issues[0];
  return `${issue?.path.join('.')}: ${issue?.message}`;
}

describe('weightFactsSchema', () => {
  it('accepts a complete entry', () => {
    expect(weightFactsSchema.safeParse(teacherFacts).success).toBe(true);
  });

  it('names the field of a wrong type', () => {
    const bad = {
      ...teacherFacts,
      architecture: { ...teacherFacts.architecture, layers: 'twelve' },
    };
    expect(firstIssue(weightFactsSchema.safeParse(bad))).toMatch(
      /^architecture\.layers: .*number/i,
    );
  });

  it('names an unknown field and lists the allowed ones', () => {
    const bad = {
      ...teacherFacts,
      architecture: { ...teacherFacts.architecture, hiddensize: 768 },
    };
    const message = firstIssue(weightFactsSchema.safeParse(bad));
    expect(message).toContain('unknown field "hiddensize"');
    expect(message).toContain('allowed fields: layers, hiddenSize, heads');
  });

  it('names the field of a source that is missing or misspelt, by its kind', () => {
    const url = 'https://example.org/configuration.py';
    const source = (entry: Record<string, unknown>) =>
      weightFactsSchema.safeParse({ ...teacherFacts, sources: [entry] });
    expect(firstIssue(source({ kind: 'source-code', file: 'gpt/configuration.py', url }))).toMatch(
      /^sources\.0\.revision: /,
    );
    expect(firstIssue(source({ kind: 'paper', name: 'CPM', arxiv: 'CPM', url }))).toMatch(
      /^sources\.0\.arxiv: /,
    );
    expect(firstIssue(source({ kind: 'hugging-face', name: 'a/b', repo: 'a/b', url }))).toContain(
      'unknown field "repo"',
    );
    expect(firstIssue(source({ kind: 'blog', url }))).toMatch(/^sources\.0\.kind: /);
    expect(firstIssue(source({ url }))).toMatch(/^sources\.0\.label: /);
    expect(source({ label: 'A written source', url }).success).toBe(true);
  });

  it('requires an unknown fact to be stated as null rather than left out', () => {
    const { vocabSize: _omitted, ...architecture } = teacherFacts.architecture;
    expect(firstIssue(weightFactsSchema.safeParse({ ...teacherFacts, architecture }))).toMatch(
      /^architecture\.vocabSize: /,
    );
    const unknownVocab = { ...teacherFacts, architecture: { ...architecture, vocabSize: null } };
    expect(weightFactsSchema.safeParse(unknownVocab).success).toBe(true);
  });

  it('takes any BCP-47 language, not a closed list, and rejects malformed tags', () => {
    expect(weightFactsSchema.safeParse({ ...teacherFacts, language: 'jv' }).success).toBe(true);
    expect(weightFactsSchema.safeParse({ ...teacherFacts, language: 'zh-Hant' }).success).toBe(
      true,
    );
    expect(
      firstIssue(weightFactsSchema.safeParse({ ...teacherFacts, language: 'Chinese!' })),
    ).toMatch(/^language: must be a BCP-47 language tag/);
  });

  it('accepts SPDX ids and LicenseRef- ids, and rejects a free-text license', () => {
    const mit = { spdx: 'MIT', name: 'MIT', url: 'https://opensource.org/license/mit' };
    expect(weightFactsSchema.safeParse({ ...teacherFacts, license: mit }).success).toBe(true);
    const ref = { ...mit, spdx: 'LicenseRef-OpenAI-GPT2-Modified-MIT', name: 'Modified MIT' };
    expect(weightFactsSchema.safeParse({ ...teacherFacts, license: ref }).success).toBe(true);
    expect(weightFactsSchema.safeParse({ ...teacherFacts, license: 'MIT-ish' }).success).toBe(
      false,
    );
  });

  it('rejects a provider outside the closed vocabulary', () => {
    expect(
      firstIssue(weightFactsSchema.safeParse({ ...teacherFacts, provider: 'offical' })),
    ).toMatch(/^provider: /);
  });

  it('checks the printed parameter figure looks like PaddleNLP’s', () => {
    const bad = { ...teacherFacts, parameters: { printed: '2.6 billion', exact: 1 } };
    expect(firstIssue(weightFactsSchema.safeParse(bad))).toMatch(
      /^parameters\.printed: as PaddleNLP prints it/,
    );
  });
});

describe('weightProseSchema', () => {
  it('names a missing prose field', () => {
    const result = weightProseSchema.safeParse({ title: 't', description: 'd', trainingData: 'x' });
    expect(firstIssue(result)).toMatch(/^details: /);
  });

  it('takes the details’ own language as a BCP-47 tag, and names a wrong one', () => {
    const prose = { title: 't', description: 'd', details: 'Trained on English text.' };
    expect(weightProseSchema.parse({ ...prose, detailsLang: 'en' }).detailsLang).toBe('en');
    const result = weightProseSchema.safeParse({ ...prose, detailsLang: 'English!' });
    expect(firstIssue(result)).toMatch(/^detailsLang: .*BCP-47/);
  });
});
