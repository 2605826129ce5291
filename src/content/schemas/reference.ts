import { z } from 'astro/zod';

/** One source in `content/references/<id>.yaml`; lessons cite it by file name. */
export const referenceSchema = z
  .object({
    /** Authors as printed in a citation: "Smoll NR" or "Natsis K, et al.". */
    authors: z.string().min(2),
    /** Year of publication; leave out for an undated source (shown as "n.d."). */
    year: z.number().int().min(1800).max(2100).optional(),
    /** The short inline form when the authors do not make a good one, e.g. "GIRFT 2023". */
    short: z.string().min(2).optional(),
    title: z.string().min(3),
    /** Journal with volume and pages, or the publisher of a book or guideline. */
    publisher: z.string().min(2),
    /** DOI without the resolver prefix, e.g. "10.1002/ca.20893". */
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'a DOI such as "10.1002/ca.20893", without https://doi.org/').optional(),
    /** A stable web address where there is no DOI. */
    url: z.url().optional(),
    /** What a reader should know when using this source (limits, how we use it). */
    note: z.string().optional(),
  });

export type ReferenceData = z.output<typeof referenceSchema>;
