import { describe, expect, it } from 'vitest';
import { familiesIntro, familyTasks } from '../../src/lib/zoo.ts';
import { useTranslations } from '../../src/i18n/index.ts';

describe('familyTasks', () => {
  const t = useTranslations('zh-cn');

  it("names a family's tasks in the reader's language, in the task table's order", () => {
    expect(familyTasks(['sequence-classification', 'question-answering'], t, 'page')).toEqual({
      kind: 'tasks',
      names: [t('task.sequence-classification'), t('task.question-answering')],
    });
  });

  it('tells no row in the task table (unknown) from a row that marks no task (none)', () => {
    expect(familyTasks(null, t, 'page')).toEqual({
      kind: 'unknown',
      note: t('family.tasksUnknown'),
    });
    expect(familyTasks([], t, 'page')).toEqual({ kind: 'none', note: t('family.tasksNone') });
    // The home page's cards say it in their shorter words.
    expect(familyTasks(null, t, 'card')).toEqual({
      kind: 'unknown',
      note: t('family.cardTasksUnknown'),
    });
    expect(familyTasks([], t, 'card')).toEqual({ kind: 'none', note: t('family.cardTasksNone') });
  });
});

describe('familiesIntro', () => {
  it('counts families in the plural, and one family as one', () => {
    const en = useTranslations('en');
    expect(familiesIntro(en, 45, 552)[0]).toMatch(/^45 families and 552 weights\. /);
    expect(familiesIntro(en, 1, 11)[0]).toMatch(/^One family and 11 weights\. Its page /);
    const zh = useTranslations('zh-cn');
    expect(familiesIntro(zh, 1, 11)[0]).toMatch(/^共 1\u00a0个系列、11\u00a0个权重。该系列/);
    // Each cut once, where the link to the table goes.
    for (const [t, n] of [
      [en, 1],
      [en, 2],
      [zh, 1],
      [zh, 2],
    ] as const) {
      expect(familiesIntro(t, n, 11).join('')).not.toContain('{');
    }
  });
});
