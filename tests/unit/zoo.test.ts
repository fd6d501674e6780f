import { describe, expect, it } from 'vitest';
import { familyTasks } from '../../src/lib/zoo.ts';
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
