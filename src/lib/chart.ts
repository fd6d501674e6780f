/**
 * Geometry of the parameter chart: one horizontal bar per weight on a log scale, grouped by
 * family. Pure numbers, as fractions of the plot's width, so the scale is unit-tested and the
 * page lays the chart out with CSS at any width (ParameterChart.astro): ids wrap and stack above
 * their bars on a phone instead of being measured at build time.
 */

export interface ChartInput {
  id: string;
  family: { id: string; name: string; order: number };
  /** Exact parameter count (or the printed figure's value where that is unknown). */
  params: number;
  /** The figure as the tables show it (`factValue`'s `parametersShort`): "1.24 亿", or "108M" as printed. */
  label: string;
}

export interface ChartLayout {
  /** Gridlines on whole powers of ten: `at` is the fraction of the plot's width. */
  ticks: { value: number; at: number }[];
  groups: {
    familyId: string;
    familyName: string;
    /** 0-based index of the family, for its colour. */
    index: number;
    /** `size` is the bar's length as a fraction of the plot's width. */
    bars: { id: string; params: number; label: string; size: number }[];
  }[];
}

/** Where a value falls, from 0 to 1, on a log10 scale between two powers of ten. */
export function logScale(value: number, low: number, high: number): number {
  return (Math.log10(value) - Math.log10(low)) / (Math.log10(high) - Math.log10(low));
}

export function chartLayout(input: ChartInput[]): ChartLayout {
  if (input.length === 0) throw new Error('the chart needs at least one weight');
  const values = input.map((w) => w.params);
  // The axis spans whole powers of ten around the data, so ticks fall on 10M, 100M, 1B…, and
  // starts at least a factor 2 below the smallest weight: from 100M, BERT's 102M weights were
  // slivers of 2 px beside 108M bars four times as long.
  const low = 10 ** Math.floor(Math.log10(Math.min(...values) / 2));
  const high = 10 ** Math.ceil(Math.log10(Math.max(...values)) + 1e-9);

  const families = [...new Map(input.map((w) => [w.family.id, w.family])).values()].sort(
    (a, b) => a.order - b.order || a.name.localeCompare(b.name),
  );
  const groups = families.map((family, index) => ({
    familyId: family.id,
    familyName: family.name,
    index,
    bars: input
      .filter((w) => w.family.id === family.id)
      .sort((a, b) => a.params - b.params || a.id.localeCompare(b.id))
      // A bar starts at the axis' low end, so its length is the log of its size.
      .map((w) => ({
        id: w.id,
        params: w.params,
        label: w.label,
        size: logScale(w.params, low, high),
      })),
  }));

  const ticks: ChartLayout['ticks'] = [];
  for (let value = low; value <= high * 1.0001; value *= 10) {
    ticks.push({ value, at: logScale(value, low, high) });
  }
  return { ticks, groups };
}
