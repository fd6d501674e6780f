import { describe, expect, it } from 'vitest';
import {
  comparePrinted,
  parameterValue,
  parsePrinted,
  weightBytes,
} from '../../src/lib/parameters.ts';
import { formatBytes } from '../../src/lib/format.ts';

describe('parsePrinted', () => {
  it('reads PaddleNLP’s figures', () => {
    expect(parsePrinted('117M')).toBe(117_000_000);
    expect(parsePrinted('2.6B')).toBe(2_600_000_000);
    expect(parsePrinted('1558M')).toBe(1_558_000_000);
  });

  it('rejects anything else', () => {
    expect(() => parsePrinted('117 million')).toThrow(/not a printed parameter figure/);
  });
});

describe('comparePrinted', () => {
  it('recognises a rounded figure at the printed precision', () => {
    expect(comparePrinted('124M', 124_439_808)).toBe('rounded');
    expect(comparePrinted('2.6B', 2_597_073_920)).toBe('rounded');
    expect(comparePrinted('1558M', 1_557_611_200)).toBe('rounded');
    expect(comparePrinted('109M', 108_882_432)).toBe('rounded');
  });

  it('recognises a figure with its decimals dropped', () => {
    expect(comparePrinted('81M', 81_912_576)).toBe('truncated');
    expect(comparePrinted('354M', 354_823_168)).toBe('truncated');
  });

  it('recognises a different number', () => {
    expect(comparePrinted('117M', 124_439_808)).toBe('differs');
    expect(comparePrinted('345M', 354_823_168)).toBe('differs');
  });
});

describe('weight sizes', () => {
  it('counts 4 bytes a parameter in fp32 and 2 in fp16', () => {
    expect(weightBytes(124_439_808, 4)).toBe(497_759_232);
    expect(weightBytes(124_439_808, 2)).toBe(248_879_616);
  });

  it('formats sizes in decimal megabytes and gigabytes', () => {
    expect(formatBytes(497_759_232, 'en')).toBe('498 MB');
    expect(formatBytes(10_388_295_680, 'en')).toBe('10.4 GB');
    expect(formatBytes(248_879_616, 'zh-cn')).toBe('249 MB');
  });
});

describe('parameterValue', () => {
  it('uses the exact count when it is known', () => {
    expect(parameterValue({ printed: '117M', exact: 124_439_808 })).toBe(124_439_808);
  });

  it('falls back to the printed figure when the exact count is unknown', () => {
    expect(parameterValue({ printed: '2.6B', exact: null })).toBe(2_600_000_000);
    expect(parameterValue({ printed: null, exact: null })).toBeNull();
  });
});
