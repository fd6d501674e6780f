/**
 * Geometry of the parameter chart: one horizontal bar per weight on a log scale, grouped by
 * family. Pure numbers, so the scale is unit-tested; the component only draws what this returns.
 */

export interface ChartInput {
  id: string;
  family: { id: string; name: string; order: number };
  /** Exact parameter count (or the printed figure's value where that is unknown). */
  params: number;
}

export interface ChartOptions {
  /** The plot's width at the narrowest left margin: wider ids widen the chart, not squeeze it. */
  width: number;
  /** Left margin for the weight ids, at least: longer ids get what they need (`labelCharWidth`). */
  labelWidth: number;
  /**
   * The advance of one character of an id's label, in px: ParameterChart.astro draws them in the
   * monospace font at 11 px, and common monospace fonts advance 0.6 em (DejaVu Sans Mono 0.602),
   * so 0.62 em leaves room for a slightly wider one. An SVG text cannot wrap or be measured at
   * build time; a fixed margin cut `nlptown/bert-base-multilingual-uncased-sentiment` (48
   * characters) at the chart's left edge.
   */
  labelCharWidth: number;
  /** Between a label's end and its bar. */
  labelGap: number;
  /** Right margin for the value labels. */
  valueWidth: number;
  barHeight: number;
  barGap: number;
  groupHeader: number;
  axisHeight: number;
}

export const defaultChartOptions: ChartOptions = {
  width: 760,
  labelWidth: 250,
  labelCharWidth: 11 * 0.62,
  labelGap: 8,
  valueWidth: 70,
  barHeight: 18,
  barGap: 6,
  groupHeader: 26,
  axisHeight: 24,
};

export interface ChartLayout {
  width: number;
  /** The left margin the ids got: where the bars start. */
  labelWidth: number;
  height: number;
  /** Where the plot area begins and ends, for gridlines. */
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: { value: number; x: number }[];
  groups: {
    familyId: string;
    familyName: string;
    /** 0-based index of the family, for its colour. */
    index: number;
    y: number;
    bars: { id: string; params: number; y: number; width: number }[];
  }[];
}

/** x of a value on a log10 scale between two powers of ten. */
export function logScale(
  value: number,
  low: number,
  high: number,
  left: number,
  right: number,
): number {
  const t = (Math.log10(value) - Math.log10(low)) / (Math.log10(high) - Math.log10(low));
  return left + t * (right - left);
}

export function chartLayout(
  input: ChartInput[],
  options: ChartOptions = defaultChartOptions,
): ChartLayout {
  if (input.length === 0) throw new Error('the chart needs at least one weight');
  const values = input.map((w) => w.params);
  // The axis spans whole powers of ten around the data, so ticks fall on 10M, 100M, 1B…
  const low = 10 ** Math.floor(Math.log10(Math.min(...values)));
  const high = 10 ** Math.ceil(Math.log10(Math.max(...values)) + 1e-9);
  const longest = Math.max(...input.map((w) => w.id.length));
  const left = Math.max(
    options.labelWidth,
    Math.ceil(longest * options.labelCharWidth) + options.labelGap + 4,
  );
  const width = options.width + left - options.labelWidth;
  const right = width - options.valueWidth;

  const families = [...new Map(input.map((w) => [w.family.id, w.family])).values()].sort(
    (a, b) => a.order - b.order || a.name.localeCompare(b.name),
  );
  let y = options.axisHeight;
  const groups = families.map((family, index) => {
    const groupY = y;
    y += options.groupHeader;
    const bars = input
      .filter((w) => w.family.id === family.id)
      .sort((a, b) => a.params - b.params || a.id.localeCompare(b.id))
      .map((w) => {
        const bar = {
          id: w.id,
          params: w.params,
          y,
          // A bar starts at the axis' low end, so its length is the log of its size.
          width: Math.max(1, logScale(w.params, low, high, left, right) - left),
        };
        y += options.barHeight + options.barGap;
        return bar;
      });
    return { familyId: family.id, familyName: family.name, index, y: groupY, bars };
  });

  const ticks: ChartLayout['ticks'] = [];
  for (let value = low; value <= high * 1.0001; value *= 10) {
    ticks.push({ value, x: logScale(value, low, high, left, right) });
  }
  return {
    width,
    labelWidth: left,
    height: y + options.barGap,
    plot: { left, right, top: options.axisHeight, bottom: y },
    ticks,
    groups,
  };
}
