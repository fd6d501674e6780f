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
  width: number;
  /** Left margin for the weight ids. */
  labelWidth: number;
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
  valueWidth: 70,
  barHeight: 18,
  barGap: 6,
  groupHeader: 26,
  axisHeight: 24,
};

export interface ChartLayout {
  width: number;
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
  const left = options.labelWidth;
  const right = options.width - options.valueWidth;

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
    width: options.width,
    height: y + options.barGap,
    plot: { left, right, top: options.axisHeight, bottom: y },
    ticks,
    groups,
  };
}
