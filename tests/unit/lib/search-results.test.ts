import { describe, expect, it } from 'vitest';
import { toSearchItems, type PagefindResultData } from '../../../src/lib/search-results.ts';

const lesson: PagefindResultData = {
  url: '/lessons/piriformis-syndrome/',
  excerpt: 'page excerpt',
  meta: { title: 'Piriformis syndrome' },
  filters: { type: ['Lesson'] },
  sub_results: [
    { title: 'Piriformis syndrome', url: '/lessons/piriformis-syndrome/', excerpt: 'opening', locations: [1] },
    { title: 'The six variants', url: '/lessons/piriformis-syndrome/#the-six-variants', excerpt: 'six <mark>piriformis</mark>', locations: [10, 12, 19], anchor: { id: 'the-six-variants', element: 'h2' } },
    { title: 'A contested diagnosis', url: '/lessons/piriformis-syndrome/#a-contested-diagnosis', excerpt: 'contested', locations: [40, 44], anchor: { id: 'a-contested-diagnosis', element: 'h2' } },
  ],
};

describe('toSearchItems', () => {
  it('links a lesson to the section with most matches and lists the others under it', () => {
    expect(toSearchItems(lesson)).toEqual([{
      kind: 'Lesson',
      title: 'Piriformis syndrome',
      url: '/lessons/piriformis-syndrome/#the-six-variants',
      section: 'The six variants',
      excerpt: 'six <mark>piriformis</mark>',
      more: [{ title: 'A contested diagnosis', url: '/lessons/piriformis-syndrome/#a-contested-diagnosis' }],
    }]);
  });

  it('keeps the page top when the opening holds most of the matches', () => {
    const top = { ...lesson, sub_results: [{ ...lesson.sub_results![0]!, locations: [1, 2, 3, 4] }, lesson.sub_results![2]!] };
    const [item] = toSearchItems(top);
    expect(item!.url).toBe('/lessons/piriformis-syndrome/');
    expect(item!.section).toBeUndefined();
    expect(item!.more.map((m) => m.title)).toEqual(['A contested diagnosis']);
  });

  it('makes each matching glossary entry a result of its own, skipping the letter headings', () => {
    const glossary: PagefindResultData = {
      url: '/glossary/', excerpt: 'x', meta: { title: 'Glossary' }, filters: { type: ['Glossary'] },
      sub_results: [
        { title: 'P', url: '/glossary/#letter-P', excerpt: 'letter', locations: [1], anchor: { id: 'letter-P' } },
        { title: 'Piriformis', url: '/glossary/#piriformis', excerpt: 'A deep hip muscle', locations: [2], anchor: { id: 'piriformis' } },
        { title: 'Piriformis syndrome', url: '/glossary/#piriformis-syndrome', excerpt: 'Irritation', locations: [3], anchor: { id: 'piriformis-syndrome' } },
      ],
    };
    expect(toSearchItems(glossary).map((i) => [i.kind, i.title, i.url])).toEqual([
      ['Glossary term', 'Piriformis', '/glossary/#piriformis'],
      ['Glossary term', 'Piriformis syndrome', '/glossary/#piriformis-syndrome'],
    ]);
  });

  it('falls back to the page when Pagefind gives no sections', () => {
    const plain: PagefindResultData = { url: '/variants/', excerpt: 'the six <mark>variants</mark>', meta: {}, filters: {} };
    expect(toSearchItems(plain)).toEqual([{ kind: 'Page', title: '/variants/', url: '/variants/', excerpt: 'the six <mark>variants</mark>', more: [] }]);
  });
});
